package dev.skillpulse.dashboard;

import dev.skillpulse.store.PostingQueries;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The OpenAPI 3.1 document of every route, built from one table of operations (Javalin 7 has no OpenAPI plugin).
 * OpenApiTest fails when a registered route is missing here or an operation here is not registered.
 */
public final class OpenApi {
    /** A query or path parameter: its name, where it goes, its schema type and what it does. */
    record Param(String name, String in, String type, String description) {
    }

    /** One operation: method, path (OpenAPI's {name} form, as Javalin's), summary, parameters, success answer. */
    record Op(String method, String path, String summary, List<Param> params, int status, String answer,
            boolean csv) {
    }

    private static final Param FROM = q("from", "string", "First day (ISO date); open when absent");
    private static final Param TO = q("to", "string", "Last day (ISO date); open when absent");
    private static final Param GRAIN = q("grain", "string", "week or month");
    private static final Param COUNTRY = q("country", "string", "ISO country code, as in the country breakdown");
    private static final Param REGION = q("region", "string", "country/region, as in the region breakdown");
    private static final Param SENIORITY = q("seniority", "string", "intern, junior, mid, senior, staff, lead");
    private static final Param INDUSTRY = q("industry", "string", "industry as in the industry breakdown");
    private static final Param FORMAT = q("format", "string", "json (default) or csv; Accept: text/csv also works");
    private static final Param SKILL = q("skill", "string", "a term id of the taxonomy");
    private static final Param LIMIT = q("limit", "integer", "how many rows");
    /** The postings list's counting cap, as the answer shows it. */
    private static final String CAP = String.format(Locale.ROOT, "%,d", PostingQueries.TOTAL_CAP);
    private static final List<Param> SLICE = List.of(FROM, TO, COUNTRY, REGION, SENIORITY, INDUSTRY, FORMAT);

    static final List<Op> OPERATIONS = List.of(
            get("/api/health", "Health of Kafka, the topology, the database and the posting-detail projector (503 "
                    + "when one is down)", List.of(),
                    "{status, components}", false),
            get("/api/skills/top", "Most mentioned terms with share and growth against the period before",
                    List.of(FROM, TO, LIMIT, q("category", "string", "only terms of this category")),
                    "{from, to, totalPostings, skills:[{id,label,type,category,postings,share,previousShare,growth}]}",
                    false),
            get("/api/skills/{id}/trend", "A term's postings and share per week or month",
                    List.of(p("id", "term id"), FROM, TO, GRAIN), "{id, grain, from, to, points:[{period,postings,"
                            + "totalPostings,share}]}", false),
            get("/api/skills/{id}/related", "Terms mentioned in the same postings, with lift",
                    List.of(p("id", "term id"), FROM, TO, LIMIT), "{id, related:[{id,label,category,postings,share,"
                            + "lift}]}", false),
            get("/api/breakdown/{dimension}", "Postings per value of a breakdown, or a term's share in each",
                    List.of(p("dimension", "country, region, seniority, education-required, education-preferred, "
                            + "experience, industry"), FROM, TO, SKILL), "{dimension, skill, rows:[{value,postings,termPostings,"
                            + "share}]}", false),
            get("/api/stats", "Posting ids against distinct jobs, and counted postings by copies", List.of(FROM, TO),
                    "{intensity:{rawPostings,postings,copiesPerPosting}, copies:[{copies,postings}]}", false),
            get("/api/postings/{id}", "One counted posting with its copies and terms (404 when not counted)",
                    List.of(p("id", "posting id")), "{id, month, copies, terms}", false),
            get("/api/export/trends.csv", "Every term's trend as CSV", List.of(FROM, TO, GRAIN,
                    q("category", "string", "only terms of this category")), "CSV period,skill_id,label,category,"
                            + "postings,total_postings,share", false),
            get("/api/taxonomy", "The taxonomy in use: terms with aliases, categories, types, groups, digest",
                    List.of(FORMAT), "{digest, version, terms:[{id,label,type,category,aliases}], categories, types,"
                            + " groups}", true),
            get("/api/compare", "Aligned series for up to 10 terms",
                    List.of(q("skills", "string", "comma-separated term ids, 1 to 10"), FROM, TO, GRAIN, FORMAT),
                    "{grain, from, to, series:[{id,label,points:[{period,postings,totalPostings,share}]}]}", true),
            get("/api/categories/trend", "Per category, the share of postings mentioning any of its terms, monthly",
                    concat(List.of(q("category", "string", "only this category"), GRAIN), SLICE),
                    "{grain, from, to, categories:[{category,points:[{period,postings,totalPostings,share}]}]}", true),
            get("/api/requirements", "Education, experience, certifications, specializations, and the guide's FAQ",
                    SLICE, "{education:{required,preferred}, experience, certifications, specializations, trend, faq}",
                    true),
            get("/api/outlook", "The guide's outlook in numbers, each part with its method, and its claims judged",
                    SLICE, "{claims, volume, mlops, cloud, industries, rising, declining, risingMethod}", true),
            get("/api/emerging", "Terms beyond the guide whose share of postings rose most, the window against the same "
                    + "months a year earlier (the method is in the answer)",
                    List.of(q("from", "string", "a day of the window's first month (ISO date); default: 11 months "
                            + "before 'to'"), q("to", "string", "a day of the window's last month; default: the newest "
                            + "month counted"), q("limit", "integer", "1 to 100, default 20"),
                            q("minPostings", "integer", "fewest postings in the window to be listed, default 10"),
                            FORMAT),
                    "{from, to, baselineFrom, baselineTo, postings, baselinePostings, minPostings, method, "
                            + "candidates:[{key,label,keys,postings,share,baselinePostings,baselineShare,growth,"
                            + "growthLow,growthHigh,ratio,rising,firstSeen,sampled,companions:[{id,label,postings,"
                            + "share}],examples,months:[{period,postings,total,share}]}]}", true),
            get("/api/postings", "The postings behind a number, newest first",
                    List.of(SKILL, q("q", "string", "words of title and company (full-text search)"), COUNTRY, FROM,
                            TO, q("page", "integer", "from 1; a page must start within the first " + CAP + " matches"),
                            q("size", "integer", "1 to 100, default 20"), FORMAT),
                    "{page, size, total, totalIsExact, postings:[{id,title,company,place,date,terms,copies,url}]}; "
                            + "matches are counted up to " + CAP + ": when more match, total is " + CAP
                            + " and totalIsExact false", true),
            new Op("post", "/api/postings", "Ingest postings (Authorization: Bearer SKILLPULSE_INGEST_TOKEN): one "
                    + "object or an array (at most 1,000, 5 MB) as application/json, or a file as "
                    + "application/x-ndjson, text/csv or application/ld+json", List.of(), 202,
                    "{accepted, rejected:[{item,id,reason}]}", false),
            new Op("post", "/api/promote", "Promote a candidate term (Authorization: Bearer SKILLPULSE_INGEST_TOKEN; "
                    + "JSON {key, label, type, category, surfaces}): adds it to the taxonomy overlay and recounts every "
                    + "posting beside the counts served, which switch over once complete", List.of(), 202,
                    "{state, term, generation, replayed, postingsAtStart, seconds, rate, reason}",
                    false),
            get("/api/promote", "The promotion's rebuild: idle, building, switched or failed (with reason)", List.of(),
                    "{state, term, generation, replayed, postingsAtStart, seconds, rate, reason}",
                    false),
            new Op("post", "/api/extract", "The guide's terms found in a text (JSON {text}, at most 100 kB); nothing "
                    + "is stored", List.of(), 200, "{terms:[{id,label,type,category}]}", false),
            get("/api/openapi.json", "This document", List.of(), "OpenAPI 3.1", false),
            get("/api/docs", "Swagger UI for this document", List.of(), "HTML", false),
            get("/metrics", "Prometheus metrics: HTTP timings per route, projector, Kafka clients, database pool",
                    List.of(), "Prometheus text format", false));

    private OpenApi() {
    }

    private static Param q(String name, String type, String description) {
        return new Param(name, "query", type, description);
    }

    private static Param p(String name, String description) {
        return new Param(name, "path", "string", description);
    }

    private static Op get(String path, String summary, List<Param> params, String answer, boolean csv) {
        return new Op("get", path, summary, params, 200, answer, csv);
    }

    private static List<Param> concat(List<Param> a, List<Param> b) {
        List<Param> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** The document, as a tree of maps and lists for the JSON mapper. */
    public static Map<String, Object> document() {
        Map<String, Object> paths = new LinkedHashMap<>();
        for (Op op : OPERATIONS) {
            @SuppressWarnings("unchecked")
            Map<String, Object> item = (Map<String, Object>) paths.computeIfAbsent(op.path(), k -> new LinkedHashMap<>());
            item.put(op.method(), operation(op));
        }
        Map<String, Object> error = Map.of("type", "object", "required", List.of("error"), "properties", Map.of(
                "error", Map.of("type", "string"), "field", Map.of("type", "string",
                        "description", "the parameter at fault")));
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("openapi", "3.1.0");
        doc.put("info", Map.of("title", "SkillPulse API", "version", "1",
                "description", "Skill demand from job postings: counts and shares of postings (reposts counted once)."));
        doc.put("paths", paths);
        doc.put("components", Map.of("schemas", Map.of("Error", error),
                "securitySchemes", Map.of("ingestToken", Map.of("type", "http", "scheme", "bearer"))));
        return doc;
    }

    private static Map<String, Object> operation(Op op) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("summary", op.summary());
        o.put("operationId", op.method() + op.path().replaceAll("[^A-Za-z0-9]+", "_"));
        if (!op.params().isEmpty()) {
            o.put("parameters", op.params().stream().map(p -> Map.of("name", p.name(), "in", p.in(),
                    "required", p.in().equals("path"), "description", p.description(),
                    "schema", Map.of("type", p.type()))).toList());
        }
        if (op.method().equals("post")) {
            o.put("requestBody", Map.of("required", true, "content", Map.of("application/json",
                    Map.of("schema", Map.of("type", List.of("object", "array"))))));
        }
        if (op.method().equals("post") && !op.path().equals("/api/extract")) {
            o.put("security", List.of(Map.of("ingestToken", List.of())));
        }
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("application/json", Map.of("schema", Map.of("type", "object", "description", op.answer())));
        if (op.csv()) {
            content.put("text/csv", Map.of("schema", Map.of("type", "string", "description", "RFC 4180, one row per "
                    + "list item")));
        }
        Map<String, Object> responses = new LinkedHashMap<>();
        responses.put(String.valueOf(op.status()), Map.of("description", op.answer(), "content", content));
        responses.put("4XX", Map.of("description", "Refused: {error, field}", "content", Map.of("application/json",
                Map.of("schema", Map.of("$ref", "#/components/schemas/Error")))));
        o.put("responses", responses);
        return o;
    }
}
