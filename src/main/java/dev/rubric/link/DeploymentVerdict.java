package dev.rubric.link;

import dev.rubric.evidence.ModelDeployment;
import dev.rubric.evidence.ModelRef;

/**
 * Whether a deployment, as recorded, fixes the model that answers. For Azure the version alone
 * does not: {@code versionUpgradeOption} decides whether Azure moves the deployment to another
 * version. Its default (also when the option is absent) is {@code OnceNewDefaultVersionAvailable},
 * which moves the deployment within weeks of each new default version; {@code
 * OnceCurrentVersionExpired} moves it when the version is retired. Both change the model behind an
 * unchanged name with no change in the repository, so only {@code NoAutoUpgrade} with an explicit
 * version counts as pinned (Azure then stops the deployment at retirement instead of swapping
 * the model). Bedrock and Vertex AI ids carry their version, which the provider never re-points.
 */
record DeploymentVerdict(String pinning, String reason) {
    static final String NO_AUTO_UPGRADE = "NoAutoUpgrade";
    static final String ON_EXPIRY = "OnceCurrentVersionExpired";

    static DeploymentVerdict of(ModelDeployment d) {
        String what = describe(d);
        if (d.model() == null) {
            return new DeploymentVerdict(ModelRef.OPAQUE, what + ": the model is decided at deploy time by "
                    + unresolved(d, "model"));
        }
        if (!ModelDeployment.AZURE.equals(d.platform())) {
            return d.version() != null
                    ? new DeploymentVerdict(ModelRef.PINNED, what + ": the model id carries version " + d.version()
                            + ", which the provider never re-points")
                    : new DeploymentVerdict(ModelRef.FLOATING, what + ": the model id carries no version");
        }
        if (d.version() == null) {
            if (d.unresolved() != null && d.unresolved().containsKey("version")) {
                return new DeploymentVerdict(ModelRef.OPAQUE, what + ": the version is decided at deploy time by "
                        + unresolved(d, "version"));
            }
            return new DeploymentVerdict(ModelRef.FLOATING, what + " with no version: Azure deploys the model's"
                    + " default version of the day and the repository does not record which");
        }
        String option = d.versionUpgradeOption();
        if (option == null && d.unresolved() != null && d.unresolved().containsKey("versionUpgradeOption")) {
            return new DeploymentVerdict(ModelRef.OPAQUE, what + "; versionUpgradeOption is decided at deploy time by "
                    + unresolved(d, "versionUpgradeOption"));
        }
        if (NO_AUTO_UPGRADE.equals(option)) {
            return new DeploymentVerdict(ModelRef.PINNED, what + "; versionUpgradeOption NoAutoUpgrade keeps this"
                    + " version until it is retired");
        }
        if (ON_EXPIRY.equals(option)) {
            return new DeploymentVerdict(ModelRef.FLOATING, what + "; versionUpgradeOption OnceCurrentVersionExpired"
                    + " moves it to the default version when " + d.version() + " is retired; set NoAutoUpgrade to pin it");
        }
        return new DeploymentVerdict(ModelRef.FLOATING, what + "; versionUpgradeOption "
                + (option == null ? "not set (Azure's default OnceNewDefaultVersionAvailable)" : option)
                + " moves it to each new default version; set NoAutoUpgrade to pin it");
    }

    /** "deployment 'chat' is gpt-4o-mini version 2024-07-18 (infra/main.bicep:120)". */
    static String describe(ModelDeployment d) {
        StringBuilder out = new StringBuilder();
        out.append(d.deployment() != null ? "deployment '" + d.deployment() + "'" : "a deployment");
        if (d.model() != null) {
            out.append(" is ").append(d.model());
            if (d.version() != null) {
                out.append(" version ").append(d.version());
            }
        }
        out.append(" (").append(d.location().display()).append(')');
        return out.toString();
    }

    private static String unresolved(ModelDeployment d, String field) {
        String expression = d.unresolved() == null ? null : d.unresolved().get(field);
        if (expression != null) {
            return expression;
        }
        String parameter = d.parameters() == null ? null : d.parameters().get(field);
        return parameter != null ? "parameter " + parameter : "a value not in the audited files";
    }
}
