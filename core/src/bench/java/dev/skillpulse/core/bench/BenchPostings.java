package dev.skillpulse.core.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Deterministic realistic postings (2-5 KB, half of them HTML) for the benchmark. */
final class BenchPostings {
    private static final String[] TITLES = {"Machine Learning Engineer", "Senior ML Engineer", "Staff Machine Learning Engineer",
        "MLOps Engineer", "Applied Scientist, NLP", "Computer Vision Engineer", "Junior Data Scientist", "ML Platform Lead"};
    private static final String[] INTRO = {
        "We are a fast-growing company building products that millions of people use every day.",
        "Our team turns research into reliable production systems, and we care about craft and kindness.",
        "You will join a small, senior team that owns the full lifecycle of our models, from data to deployment.",
        "We believe in ownership, clear writing and shipping small changes often.",
        "Our R&D group works closely with product to go to market quickly and spark innovation across the company.",
        "Founded 12 years ago, we serve customers in over 40 countries from offices in Berlin, Austin and Singapore.",
    };
    private static final String[] DUTIES = {
        "Design, train and evaluate machine learning models for ranking and recommendation",
        "Build and maintain data pipelines in Python and SQL, with Airflow for orchestration",
        "Deploy models to production on Kubernetes and monitor model performance and drift",
        "Collaborate with data engineers and product managers to define success metrics",
        "Run A/B tests and analyse results with sound statistics",
        "Write clean, testable code with unit tests, code reviews and CI/CD",
        "Package services with Docker and manage infrastructure on AWS or GCP",
        "Track experiments with MLflow and keep the model registry tidy",
        "Improve feature engineering and data cleaning for noisy event logs",
        "Mentor junior engineers and document pipelines and experiments",
        "Prototype deep learning models in PyTorch or TensorFlow for NLP and computer vision",
        "Work with stakeholders across the business to prioritise the roadmap",
        "Participate in an on-call rotation and help keep our services healthy",
        "Contribute to design discussions and help shape our technical strategy",
    };
    private static final String[] REQS = {
        "3+ years of experience building ML systems in production",
        "Strong Python (NumPy, pandas, scikit-learn) and solid SQL",
        "Experience with Spark or Scala for large-scale data processing",
        "Familiarity with Azure, Kubeflow or Vertex AI",
        "BS/MS in Computer Science, Statistics or a related field",
        "PhD in machine learning is a plus",
        "Knowledge of linear algebra, probability and calculus",
        "Excellent communication and problem-solving skills",
        "Experience with Java, Go or C++ is nice to have",
        "AWS Certified Machine Learning \u2013 Specialty preferred",
        "Comfortable with Git, version control and continuous integration",
        "Proficiency with MS Office and Excel for reporting",
        "Experience with recommender systems or search ranking",
        "Bias mitigation, fairness and model evaluation experience",
    };
    private static final String[] BENEFITS = {
        "Competitive salary, equity and an annual learning budget.",
        "Flexible hours, remote-friendly, and 30 days of paid vacation.",
        "Health, dental and vision insurance for you and your family.",
        "Questions? Email jobs@example-ml.com or visit https://careers.example.com/ml.",
        "We are an equal opportunity employer and value diversity at our company.",
        "Latency budgets are strict: p99 under 5 ms for the serving path.",
    };

    private BenchPostings() {
    }

    static List<String> generate(int count, long seed) {
        Random r = new Random(seed);
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            boolean html = r.nextBoolean();
            StringBuilder b = new StringBuilder(4096);
            b.append(TITLES[r.nextInt(TITLES.length)]).append('\n');
            int paragraphs = 2 + r.nextInt(3);
            for (int p = 0; p < paragraphs; p++) {
                b.append(html ? "<p>" : "");
                for (int s = 0; s < 3; s++) {
                    b.append(INTRO[r.nextInt(INTRO.length)]).append(' ');
                }
                b.append(html ? "</p>\n" : "\n\n");
            }
            section(b, r, html, "What you'll do", DUTIES, 5 + r.nextInt(6));
            section(b, r, html, "What you bring", REQS, 5 + r.nextInt(6));
            section(b, r, html, "Benefits", BENEFITS, 3 + r.nextInt(3));
            String text = b.toString();
            out.add(html ? text.replace("'", "&#x27;").replace(" & ", " &amp; ") : text);
        }
        return out;
    }

    private static void section(StringBuilder b, Random r, boolean html, String heading, String[] pool, int items) {
        b.append(html ? "<h3>" + heading + "</h3><ul>" : heading + ":\n");
        for (int k = 0; k < items; k++) {
            String item = pool[r.nextInt(pool.length)];
            b.append(html ? "<li>" + item + "</li>" : "\u2022 " + item + "\n");
        }
        b.append(html ? "</ul>\n" : "\n");
    }
}
