package dev.skillpulse.ingest.generate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The raw material of generated postings: roles with their term probabilities (2019 value → 2026 value, linear in
 * between), the ways employers write each term, companies, places and the boilerplate around the requirements.
 * Sources for the figures are in docs/data.md.
 */
final class Vocabulary {
    private Vocabulary() {
    }

    /** A job family: title forms, share of postings (2019 → 2026), term probabilities and what the job does. */
    record Role(String key, List<String> titles, double share2019, double share2026, Map<String, double[]> terms,
            List<String> duties, double salaryBase) {
    }

    /** "python:.62-.70 sql:.30" → python 0.62 in 2019 rising to 0.70 in 2026; sql 0.30 throughout. */
    static Map<String, double[]> probabilities(String table) {
        Map<String, double[]> map = new LinkedHashMap<>();
        for (String entry : table.trim().split("\\s+")) {
            String[] kv = entry.split(":");
            String[] range = kv[1].split("-");
            double from = Double.parseDouble(range[0]);
            map.put(kv[0], new double[] {from, range.length > 1 ? Double.parseDouble(range[1]) : from});
        }
        return map;
    }

    // "degree" is the share asking for a master's or PhD; the generator picks which forms.
    static final List<Role> ROLES = List.of(
            new Role("ml-engineer", List.of("Machine Learning Engineer", "ML Engineer", "Machine Learning Engineer",
                    "Applied ML Engineer", "AI/ML Engineer", "Software Engineer, Machine Learning"), .30, .30,
                    probabilities("""
                            python:.62-.70 sql:.30 pytorch:.27-.45 tensorflow:.45-.30 scikit-learn:.25-.18
                            numpy:.15 pandas:.18 java:.14-.10 scala:.08-.04 aws:.38-.32 azure:.15-.30 gcp:.20-.24
                            degree:.62 phd-only:.10 docker:.22-.42 kubernetes:.15-.36 mlops:.04-.32 mlflow:.02-.20
                            kubeflow:.02-.10 model-deployment:.22-.40 model-monitoring:.05-.26 model-versioning:.02-.10
                            ci-cd:.14-.30 version-control:.20 deep-learning:.42-.36 nlp:.16-.28 computer-vision:.15
                            recommender-systems:.08 feature-engineering:.18 model-evaluation:.14 data-pipelines:.22
                            statistics:.18 linear-algebra:.06 probability:.06 data-structures:.10
                            communication:.34 problem-solving:.22 collaboration:.26 cert-aws-ml:.01 cert-gcp-ml:.01
                            cert-tf-dev:.01-.00 cert-azure-ai:.00-.01
                            """),
                    List.of("Design, train and ship models that power {product}",
                            "Turn prototypes from our scientists into reliable production services",
                            "Own the training and serving infrastructure for ranking and personalisation",
                            "Work with product and engineering to define what success looks like",
                            "Profile and optimise inference latency and cost",
                            "Mentor other engineers and review code"), 135_000),
            new Role("data-scientist", List.of("Data Scientist", "Data Scientist", "Product Data Scientist",
                    "Data Scientist, Growth", "Decision Scientist"), .28, .23,
                    probabilities("""
                            python:.72-.78 sql:.58-.62 pytorch:.10-.20 tensorflow:.18-.12 scikit-learn:.34-.30
                            pandas:.28 numpy:.16 aws:.18 azure:.08-.16 gcp:.10 degree:.58 phd-only:.08
                            statistics:.50 probability:.10 ab-testing:.24 eda:.12 data-wrangling:.14 feature-engineering:.20
                            model-evaluation:.12 supervised-learning:.10 unsupervised-learning:.08 deep-learning:.14
                            nlp:.10-.16 recommender-systems:.06 version-control:.12 docker:.06-.12 mlops:.01-.08
                            model-deployment:.08-.14 communication:.48 problem-solving:.26 collaboration:.30
                            bias-mitigation:.01-.04 java:.04 scala:.04 linear-algebra:.05 calculus:.02
                            """),
                    List.of("Answer the questions that shape {product} with data",
                            "Design experiments and read their results with care",
                            "Build forecasting and propensity models",
                            "Partner with product managers on metrics and roadmaps",
                            "Present findings to leadership in plain language"), 120_000),
            new Role("data-engineer", List.of("Data Engineer", "Data Engineer", "Analytics Engineer",
                    "Big Data Engineer", "Data Platform Engineer"), .22, .21,
                    probabilities("""
                            python:.66-.74 sql:.78-.80 java:.28-.20 scala:.26-.14 aws:.42-.38 azure:.22-.36 gcp:.20-.24
                            data-pipelines:.58 docker:.26-.36 kubernetes:.16-.26 ci-cd:.18-.30 version-control:.22
                            data-wrangling:.10 degree:.14 bachelors-only:.35 communication:.30 problem-solving:.18
                            collaboration:.22 pandas:.08 mlops:.00-.06 data-structures:.08
                            """),
                    List.of("Build and run the batch and streaming jobs that feed {product}",
                            "Model data for analytics and keep it documented",
                            "Own data quality checks and on-call for the platform",
                            "Work with analysts and scientists on what data they need",
                            "Reduce warehouse cost and query time"), 125_000),
            new Role("mlops-engineer", List.of("MLOps Engineer", "ML Platform Engineer", "Machine Learning Infrastructure Engineer",
                    "MLOps Engineer"), .02, .10,
                    probabilities("""
                            python:.70-.74 sql:.16 docker:.68-.74 kubernetes:.62-.72 mlops:.55-.70 mlflow:.22-.38
                            kubeflow:.24-.22 aws:.44-.36 azure:.22-.36 gcp:.26-.28 ci-cd:.56 model-deployment:.50
                            model-monitoring:.30-.44 model-versioning:.14-.22 version-control:.30 pytorch:.12-.22
                            tensorflow:.18-.12 degree:.22 communication:.24 collaboration:.24 problem-solving:.16
                            java:.08 cert-aws-ml:.01 cert-azure-ai:.00-.02
                            """),
                    List.of("Build the platform our teams use to train, deploy and watch models",
                            "Automate the path from notebook to production",
                            "Run GPU clusters and keep them busy and affordable",
                            "Set standards for reproducible training runs"), 140_000),
            new Role("research-scientist", List.of("Research Scientist", "Applied Scientist", "Research Scientist, Machine Learning",
                    "Machine Learning Researcher"), .07, .08,
                    probabilities("""
                            python:.70-.74 pytorch:.42-.72 tensorflow:.40-.18 degree:.88 phd-only:.45 deep-learning:.60-.56
                            nlp:.28-.44 computer-vision:.28-.24 probability:.14 statistics:.16 linear-algebra:.12
                            calculus:.04 sql:.10 aws:.10 gcp:.08 azure:.04-.08 communication:.26 collaboration:.24
                            supervised-learning:.06 unsupervised-learning:.06 model-evaluation:.16 bias-mitigation:.02-.06
                            numpy:.12 recommender-systems:.06
                            """),
                    List.of("Push the state of the art in {product} and publish what we learn",
                            "Turn research ideas into experiments at scale",
                            "Collaborate with engineers to bring models to users",
                            "Keep up with the literature and share it with the team"), 160_000),
            new Role("data-analyst", List.of("Data Analyst", "Business Intelligence Analyst", "Data Analyst",
                    "Product Analyst", "Marketing Data Analyst"), .11, .08,
                    probabilities("""
                            sql:.82-.84 python:.36-.46 statistics:.34 eda:.14 ab-testing:.14 data-wrangling:.12
                            communication:.58 problem-solving:.30 collaboration:.30 degree:.16 bachelors-only:.48
                            aws:.06 azure:.06-.10 gcp:.04 pandas:.10 version-control:.04 bootcamp:.02-.04
                            """),
                    List.of("Build the dashboards and reports the business runs on",
                            "Dig into funnels, cohorts and churn for {product}",
                            "Help teams define and track their metrics",
                            "Turn ad-hoc questions into repeatable analyses"), 85_000));

    /** The ways employers write a term; the generator keeps only the ones the extractor actually finds. */
    static final Map<String, List<String>> SURFACES = Map.ofEntries(
            Map.entry("python", List.of("Python", "Python", "Python", "python", "Python 3")),
            Map.entry("sql", List.of("SQL", "SQL", "sql")),
            Map.entry("java", List.of("Java")),
            Map.entry("scala", List.of("Scala")),
            Map.entry("numpy", List.of("NumPy", "numpy")),
            Map.entry("pandas", List.of("pandas", "Pandas")),
            Map.entry("pytorch", List.of("PyTorch", "PyTorch", "Pytorch", "pytorch")),
            Map.entry("tensorflow", List.of("TensorFlow", "TensorFlow", "Tensorflow", "TF2")),
            Map.entry("scikit-learn", List.of("scikit-learn", "sklearn", "Scikit-Learn", "scikit learn")),
            Map.entry("aws", List.of("AWS", "AWS", "Amazon Web Services", "AWS")),
            Map.entry("gcp", List.of("GCP", "Google Cloud", "Google Cloud Platform", "GCP")),
            Map.entry("azure", List.of("Azure", "Microsoft Azure", "Azure")),
            Map.entry("docker", List.of("Docker", "Docker", "containerization")),
            Map.entry("kubernetes", List.of("Kubernetes", "K8s", "Kubernetes", "k8s")),
            Map.entry("mlops", List.of("MLOps", "MLOps", "mlops")),
            Map.entry("mlflow", List.of("MLflow", "MLFlow")),
            Map.entry("kubeflow", List.of("Kubeflow")),
            Map.entry("model-deployment", List.of("model deployment", "deploying models")),
            Map.entry("model-monitoring", List.of("model monitoring")),
            Map.entry("model-versioning", List.of("model versioning")),
            Map.entry("ci-cd", List.of("CI/CD", "CI/CD", "continuous integration")),
            Map.entry("version-control", List.of("Git", "version control", "Git")),
            Map.entry("deep-learning", List.of("deep learning", "Deep Learning")),
            Map.entry("nlp", List.of("NLP", "natural language processing", "NLP")),
            Map.entry("computer-vision", List.of("computer vision", "Computer Vision")),
            Map.entry("recommender-systems", List.of("recommender systems", "recommendation systems")),
            Map.entry("feature-engineering", List.of("feature engineering")),
            Map.entry("model-evaluation", List.of("model evaluation", "model validation")),
            Map.entry("data-pipelines", List.of("data pipelines", "data pipeline", "data pipelines")),
            Map.entry("data-wrangling", List.of("data wrangling", "data cleaning")),
            Map.entry("eda", List.of("exploratory data analysis", "EDA")),
            Map.entry("ab-testing", List.of("A/B testing", "A/B tests", "AB testing")),
            Map.entry("statistics", List.of("statistics", "Statistics")),
            Map.entry("probability", List.of("probability")),
            Map.entry("linear-algebra", List.of("linear algebra")),
            Map.entry("calculus", List.of("calculus")),
            Map.entry("data-structures", List.of("data structures")),
            Map.entry("supervised-learning", List.of("supervised learning")),
            Map.entry("unsupervised-learning", List.of("unsupervised learning")),
            Map.entry("bias-mitigation", List.of("bias mitigation")),
            Map.entry("communication", List.of("communication")),
            Map.entry("problem-solving", List.of("problem-solving", "problem solving")),
            Map.entry("collaboration", List.of("cross-functional")),
            Map.entry("bootcamp", List.of("bootcamp")),
            Map.entry("cert-aws-ml", List.of("AWS Certified Machine Learning")),
            Map.entry("cert-gcp-ml", List.of("Google Cloud Professional Machine Learning Engineer")),
            Map.entry("cert-tf-dev", List.of("TensorFlow Developer Certificate")),
            Map.entry("cert-azure-ai", List.of("Azure AI Engineer Associate")),
            Map.entry("masters", List.of("Master's degree", "master's", "M.S.", "MSc")),
            Map.entry("phd", List.of("PhD", "Ph.D.", "PhD")),
            Map.entry("bachelors", List.of("Bachelor's degree", "bachelor's", "B.S.", "BSc")));

    /** Misspellings employers really make; the generator keeps only those the extractor does not find. */
    static final Map<String, List<String>> TYPOS = Map.of(
            "python", List.of("Pythn", "Pyton"),
            "kubernetes", List.of("Kuberentes", "Kubernetis"),
            "tensorflow", List.of("Tensorflw", "Tensorfow"),
            "pytorch", List.of("PyTorh", "Pytroch"),
            "scikit-learn", List.of("scikt-learn", "skikit-learn"),
            "statistics", List.of("statstics"),
            "docker", List.of("Dokcer"));

    /** Everyday uses of words that are also term surfaces, as employers write them in perks and blurbs. */
    static final List<String> EVERYDAY = List.of(
            "Fresh Java from our local roaster, and snacks all day.",
            "Our Lisbon office looks out over the azure waters of the Tagus.",
            "Quarterly tickets to La Scala for the Milan team.",
            "No BS: we say what we mean and we ship.",
            "You'll be comfortable with MS Office and Google Sheets.",
            "Our statistics speak for themselves: 92% of people who join stay for three years or more.",
            "Weekly all-hands where communication flows both ways.",
            "We sponsor the red pandas at the city zoo - come and meet them.");

    /** A sentence that looks like it names terms but does not ask them of the candidate, with what it does name. */
    record Trap(String text, Set<String> terms) {
    }

    /**
     * Issue 15's false friends as company blurbs write them (staff with PhDs, Scrum Masters, machine communication);
     * {@code terms} are hand labels (none), checked against the extractor in VocabularyTest.
     */
    static final List<Trap> TRAPS = List.of(
            new Trap("Our research team includes PhDs from top universities.", Set.of()),
            new Trap("We are a team of PhDs, engineers and designers.", Set.of()),
            new Trap("You will work alongside our Scrum Master and two product owners.", Set.of()),
            new Trap("Our Scrum Masters keep every sprint honest.", Set.of()),
            new Trap("Our devices talk to each other over standard communication protocols.", Set.of()),
            new Trap("The hardware team owns serial communication and wireless communication.", Set.of()));

    /**
     * The fields a degree requirement names, with the degree-field terms a careful reader finds in each (checked
     * against the extractor in VocabularyTest); the long lists are how real ads write them.
     */
    static final Map<String, Set<String>> DEGREE_FIELDS = Map.of(
            "Computer Science, Mathematics or a related quantitative field",
            Set.of("field-computer-science", "field-mathematics", "field-stem"),
            "a quantitative field", Set.of("field-stem"),
            "Computer Science or Engineering", Set.of("field-computer-science"),
            "Computer Science, Electrical Engineering, Physics, Mathematics, Operations Research or a related "
                    + "quantitative field",
            Set.of("field-computer-science", "field-electrical-engineering", "field-stem", "field-mathematics"),
            "Statistics, Applied Mathematics, Computer Science, Economics or another quantitative discipline",
            Set.of("field-statistics", "field-mathematics", "field-computer-science", "field-stem"));

    record Place(String city, String region, String country, String currency, double pay, double weight) {
    }

    static final List<Place> PLACES = List.of(
            new Place("San Francisco", "CA", "US", "USD", 1.25, 7), new Place("New York", "NY", "US", "USD", 1.18, 7),
            new Place("Seattle", "WA", "US", "USD", 1.15, 5), new Place("Austin", "TX", "US", "USD", 1.0, 4),
            new Place("Boston", "MA", "US", "USD", 1.08, 4), new Place("Chicago", "IL", "US", "USD", 0.98, 3),
            new Place("Atlanta", "GA", "US", "USD", 0.92, 2), new Place("Denver", "CO", "US", "USD", 0.95, 2),
            new Place("London", "England", "GB", "GBP", 0.62, 6), new Place("Manchester", "England", "GB", "GBP", 0.5, 2),
            new Place("Edinburgh", "Scotland", "GB", "GBP", 0.52, 1),
            new Place("Berlin", "Berlin", "DE", "EUR", 0.6, 4), new Place("Munich", "Bavaria", "DE", "EUR", 0.66, 3),
            new Place("Hamburg", "Hamburg", "DE", "EUR", 0.58, 1),
            new Place("Paris", "Île-de-France", "FR", "EUR", 0.55, 3), new Place("Lyon", "Auvergne-Rhône-Alpes", "FR", "EUR", 0.48, 1),
            new Place("Amsterdam", "North Holland", "NL", "EUR", 0.62, 3),
            new Place("Toronto", "ON", "CA", "CAD", 0.85, 3), new Place("Montréal", "QC", "CA", "CAD", 0.8, 2),
            new Place("Vancouver", "BC", "CA", "CAD", 0.85, 1),
            new Place("Bengaluru", "Karnataka", "IN", "INR", 20.0, 5), new Place("Hyderabad", "Telangana", "IN", "INR", 18.0, 2),
            new Place("Pune", "Maharashtra", "IN", "INR", 16.0, 1),
            new Place("Zürich", "ZH", "CH", "CHF", 1.0, 1), new Place("Stockholm", "Stockholm", "SE", "SEK", 6.0, 1),
            new Place("Dublin", "Leinster", "IE", "EUR", 0.68, 2), new Place("Madrid", "Madrid", "ES", "EUR", 0.42, 1),
            new Place("Warsaw", "Masovia", "PL", "PLN", 2.4, 1), new Place("Lisbon", "Lisbon", "PT", "EUR", 0.38, 1),
            new Place("Milan", "Lombardy", "IT", "EUR", 0.42, 1), new Place("Sydney", "NSW", "AU", "AUD", 1.2, 2),
            new Place("Singapore", null, "SG", "SGD", 1.1, 2));

    static final List<String> COMPANY_FIRST = List.of("Northwind", "Bluefin", "Acorn", "Helix", "Lumen", "Quill",
            "Corvid", "Meridian", "Tidal", "Juniper", "Kestrel", "Orbit", "Pioneer", "Saffron", "Vantage", "Willow",
            "Cobalt", "Fathom", "Granite", "Harbor", "Ironbark", "Larch", "Nimbus", "Pebble");
    static final List<String> COMPANY_SECOND = List.of("Analytics", "Health", "Labs", "Bank", "Retail", "Mobility",
            "Insurance", "Logistics", "Energy", "Media", "Robotics", "Games", "Foods", "Software", "Capital", "Travel");
    /** The industry a company's second name word stands for (LinkedIn-style industry names). */
    static final Map<String, String> INDUSTRIES = Map.ofEntries(Map.entry("Analytics", "Technology"),
            Map.entry("Health", "Healthcare"), Map.entry("Labs", "Technology"), Map.entry("Bank", "Financial Services"),
            Map.entry("Retail", "Retail"), Map.entry("Mobility", "Automotive"), Map.entry("Insurance", "Insurance"),
            Map.entry("Logistics", "Transportation and Logistics"), Map.entry("Energy", "Energy"),
            Map.entry("Media", "Media and Entertainment"), Map.entry("Robotics", "Manufacturing"),
            Map.entry("Games", "Media and Entertainment"), Map.entry("Foods", "Food and Beverage"),
            Map.entry("Software", "Technology"), Map.entry("Capital", "Financial Services"),
            Map.entry("Travel", "Travel and Hospitality"));
    static final List<String> COMPANY_SUFFIX = List.of("", "", "", " Inc.", " Ltd", " GmbH", " AI", " Group", " & Co.");
    static final List<String> PRODUCTS = List.of("our search and recommendations", "fraud detection for millions of payments",
            "our delivery-time predictions", "claims triage", "personalised pricing", "our mobile app",
            "demand forecasting across 400 stores", "clinical decision support", "our content feed", "route planning");

    static final List<String> INTROS = List.of(
            "%s is a fast-growing company building %s.",
            "At %s, we use data to improve %s.",
            "Join %s and help us rethink %s.",
            "%s is hiring! Our team works on %s.",
            "Founded in 2012, %s serves customers in 30 countries; our work centres on %s.");
    static final List<String> PERKS = List.of("Competitive salary and equity", "Flexible hours and hybrid working",
            "30 days of paid holiday", "Annual learning budget", "Private health insurance", "Parental leave that is actually generous",
            "A modern laptop of your choice", "Team off-sites twice a year", "Pension matching");
    static final List<String> CLOSINGS = List.of(
            "We are an equal opportunity employer and value diversity at our company.",
            "Don't meet every single requirement? Apply anyway - we'd love to hear from you.",
            "We review applications on a rolling basis.",
            "Reasonable accommodations are available on request.");

    /** The industry of a generated company, from the second word of its name; null for a name not made here. */
    static String industryOf(String company) {
        String[] words = company.split(" ");
        return words.length < 2 ? null : INDUSTRIES.get(words[1]);
    }

    /**
     * A term the guide does not name that postings start asking for at {@code since} (a fractional year) and ask for
     * more and more, up to {@code share} of postings by the end of 2026: planted so that the demo shows what finding
     * candidates beyond the guide is for. {@code key} is what CandidateExtractor counts it under; {@code surfaces}
     * are how ads write it.
     */
    record Emerging(String key, List<String> surfaces, double since, double share) {
        double at(double t) {
            return t < since ? 0 : share * Math.min(1, (t - since + 0.25) / Math.max(0.25, 2026.9 - since));
        }
    }

    static final List<Emerging> EMERGING = List.of(
            new Emerging("langchain", List.of("LangChain"), 2023.0, 0.22),
            new Emerging("vector database", List.of("vector databases", "vector database"), 2023.2, 0.20),
            new Emerging("pinecone", List.of("Pinecone"), 2023.6, 0.08),
            new Emerging("prompt engineering", List.of("prompt engineering"), 2023.0, 0.15),
            new Emerging("vlm", List.of("VLMs", "vision language models (VLMs)"), 2024.3, 0.10),
            new Emerging("snowflake", List.of("Snowflake"), 2019.0, 0.07),
            new Emerging("terraform", List.of("Terraform"), 2019.0, 0.12));

    /** The candidate keys of emerging-term surfaces. */
    static Set<String> emergingKeys(List<String> surfaces) {
        Set<String> keys = new TreeSet<>();
        for (Emerging e : EMERGING) {
            if (surfaces.stream().anyMatch(e.surfaces()::contains)) {
                keys.add(e.key());
            }
        }
        return keys;
    }
}
