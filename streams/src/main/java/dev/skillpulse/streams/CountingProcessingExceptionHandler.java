package dev.skillpulse.streams;

import java.util.Map;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.LogAndContinueProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Dead-letters and skips a record a processor throws on, as the built-in handler does, and counts the ones that are
 * not bad input ({@link BadPostingException}) in {@link TopologyErrors}: a bug would otherwise only show as a
 * growing dead-letter topic while postings silently go uncounted.
 */
public final class CountingProcessingExceptionHandler extends LogAndContinueProcessingExceptionHandler {
    private TopologyErrors errors;

    @Override
    public void configure(Map<String, ?> configs) {
        super.configure(configs);
        Object shared = configs.get(TopologyErrors.CONFIG);
        errors = shared instanceof TopologyErrors e ? e : new TopologyErrors();
    }

    @Override
    public Response handleError(ErrorHandlerContext context, Record<?, ?> record, Exception exception) {
        if (!(exception instanceof BadPostingException)) {
            errors.processorBug(context.processorNodeId(), exception);
        }
        return super.handleError(context, record, exception);
    }
}
