package dev.skillpulse.app;

import dev.skillpulse.core.taxonomy.MentionExtractor;
import dev.skillpulse.core.taxonomy.Taxonomy;
import dev.skillpulse.dashboard.ApiPart;
import dev.skillpulse.dashboard.CategoryController;
import dev.skillpulse.dashboard.CompareController;
import dev.skillpulse.dashboard.ExtractController;
import dev.skillpulse.dashboard.OutlookController;
import dev.skillpulse.dashboard.RequirementsController;
import dev.skillpulse.dashboard.TaxonomyController;
import dev.skillpulse.store.Database;
import dev.skillpulse.store.OutlookQueries;
import dev.skillpulse.store.RequirementQueries;
import dev.skillpulse.store.ShareQueries;
import dev.skillpulse.store.SkillQueries;
import java.util.List;

/** The API's parts beyond skills and health, built from the database and the taxonomy in use. */
final class ApiParts {
    private ApiParts() {
    }

    static List<ApiPart> of(Database db, Taxonomy taxonomy) {
        ShareQueries shares = new ShareQueries(db.dsl());
        return List.of(
                new TaxonomyController(taxonomy),
                new CompareController(new SkillQueries(db.dsl()), taxonomy),
                new CategoryController(shares, taxonomy),
                new RequirementsController(new RequirementQueries(shares, taxonomy)),
                new OutlookController(new OutlookQueries(shares, taxonomy)),
                new ExtractController(new MentionExtractor(taxonomy)));
    }
}
