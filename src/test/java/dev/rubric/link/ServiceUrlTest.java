package dev.rubric.link;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.link.ServiceRouteResolution.ServiceUrl;
import org.junit.jupiter.api.Test;

/** Which URLs name a cluster Service, and which Service: the forms cluster DNS answers, and nothing else. */
class ServiceUrlTest {

    @Test
    void theFormsClusterDnsAnswersNameAServiceAndItsPort() {
        assertThat(ServiceUrl.parse("http://VLLM.ML.SVC:8000/v1", "gw")).isEqualTo(new ServiceUrl("vllm", "ml", 8000, true));
        assertThat(ServiceUrl.parse("https://vllm.ml.svc.cluster.local/v1", "gw"))
                .isEqualTo(new ServiceUrl("vllm", "ml", 443, true));
        assertThat(ServiceUrl.parse("http://vllm.ml?x=1", "gw")).isEqualTo(new ServiceUrl("vllm", "ml", 80, false));
        // a short name is a Service of the caller's own namespace
        assertThat(ServiceUrl.parse("http://vllm:8000", "gw")).isEqualTo(new ServiceUrl("vllm", "gw", 8000, false));
    }

    @Test
    void otherHostsAndShapesAreNoService() {
        assertThat(ServiceUrl.parse("https://api.openai.com/v1", "gw")).isNull();
        assertThat(ServiceUrl.parse("http://10.0.0.5:8000", "gw")).isNull();
        assertThat(ServiceUrl.parse("http://[fd00::1]:8000", "gw")).isNull();
        assertThat(ServiceUrl.parse("http://localhost:8000", "gw")).isNull();
        assertThat(ServiceUrl.parse("http://user:secret@vllm.ml.svc:8000", "gw")).isNull();
        assertThat(ServiceUrl.parse("http://vllm:port", "gw")).isNull();
        assertThat(ServiceUrl.parse("os.environ/VLLM_URL", "gw")).isNull();
        assertThat(ServiceUrl.parse("grpc://vllm.ml.svc:8000", "gw")).isNull();
    }
}
