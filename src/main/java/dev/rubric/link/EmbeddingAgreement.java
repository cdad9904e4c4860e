package dev.rubric.link;

import dev.rubric.evidence.Evidence;
import dev.rubric.evidence.Link;
import dev.rubric.evidence.RagConfig;
import java.util.List;

/**
 * A vector index answers only queries embedded by the model that filled it, with the dimension it
 * was created with. The configurations of one collection (same source, store and name: the index
 * definition, the ingestion job, the retriever) are checked against each other:
 * {@code same-embedding-model} contradicted when they name different embedding models (the index
 * is searched with vectors from another space and retrieval returns noise), verified when they
 * name one; {@code fits-index-dimension} verified when the embedding model's known output
 * dimension ({@code expectedDimension}, from the table of known embedding models) is the dimension
 * the collection declares, contradicted when it is not, unresolved when the collection declares a
 * dimension but no audited configuration names its embedding model, or the model's dimension is
 * not known. The configurations of one collection are those {@link CollectionGroups} puts together:
 * a dated name scheme joins its builds; collections named by a variable are not compared, their
 * name is decided at run time.
 */
public final class EmbeddingAgreement implements LinkStep {
    static final String SAME_MODEL = "same-embedding-model";
    static final String DIMENSION_FIT = "fits-index-dimension";
    private final ModelNames names;

    public EmbeddingAgreement(ModelNames names) {
        this.names = names;
    }

    @Override
    public String name() {
        return "embedding-models";
    }

    @Override
    public Evidence apply(Evidence evidence) {
        LinkSet links = new LinkSet(evidence.links());
        for (List<RagConfig> configs : CollectionGroups.of(evidence.ragConfigs()).values()) {
            models(configs, links);
            dimensions(configs, links);
        }
        return links.added() ? evidence.withLinks(links.list()) : evidence;
    }

    private void models(List<RagConfig> configs, LinkSet links) {
        RagConfig first = null;
        for (RagConfig config : configs) {
            if (config.embeddingModel() == null || config.embeddingModel().contains("$")) {
                continue;
            }
            if (first == null) {
                first = config;
                continue;
            }
            boolean agrees = names.compare(first.embeddingModel(), config.embeddingModel()).agrees();
            links.add(Link.of(config.id(), SAME_MODEL, first.id(), agrees ? Link.VERIFIED : Link.CONTRADICTED,
                    "collection " + config.collection() + " is embedded with " + config.embeddingModel() + " in "
                            + where(config) + (agrees ? ", as in " : " but with " + first.embeddingModel() + " in ")
                            + where(first) + (agrees ? "" : ": queries embedded by one model are searched against vectors"
                            + " of the other, and retrieval returns unrelated passages")));
        }
    }

    private static void dimensions(List<RagConfig> configs, LinkSet links) {
        RagConfig declared = null;
        for (RagConfig config : configs) {
            if (config.dimension() != null) {
                declared = config;
                break;
            }
        }
        if (declared == null) {
            return;
        }
        boolean named = false;
        for (RagConfig config : configs) {
            if (config.embeddingModel() == null || config.embeddingModel().contains("$")) {
                continue;
            }
            named = true;
            // a configuration that states both is checked against its own dimension
            RagConfig index = config.dimension() != null ? config : declared;
            String target = index == config ? config.id() + "#dimension" : index.id();
            String states = "collection " + config.collection() + " is declared with " + index.dimension()
                    + " dimensions (" + where(index) + ")";
            if (config.expectedDimension() == null) {
                links.add(Link.of(config.id(), DIMENSION_FIT, target, Link.UNRESOLVED, states + "; the output dimension of "
                        + config.embeddingModel() + " is not in the table of known embedding models"));
            } else {
                boolean fits = config.expectedDimension().equals(index.dimension());
                links.add(Link.of(config.id(), DIMENSION_FIT, target, fits ? Link.VERIFIED : Link.CONTRADICTED, states
                        + (fits ? ", the output dimension of " : ", but ") + config.embeddingModel()
                        + (fits ? "" : " (" + where(config) + ") produces " + config.expectedDimension()
                        + ": inserts and queries fail, or the index was filled by another model")));
            }
        }
        if (!named) {
            links.add(Link.of(declared.id(), DIMENSION_FIT, "embedding-model:" + declared.collection(), Link.UNRESOLVED,
                    "collection " + declared.collection() + " is declared with " + declared.dimension() + " dimensions ("
                            + where(declared) + "), but no audited configuration names the embedding model that fills it"));
        }
    }

    private static String where(RagConfig config) {
        return config.location().path() + (config.location().line() != null ? ":" + config.location().line() : "");
    }
}
