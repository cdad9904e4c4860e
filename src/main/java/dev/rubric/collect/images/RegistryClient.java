package dev.rubric.collect.images;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import javax.net.ssl.SSLException;

/**
 * Reads images from a registry over the distribution HTTP API v2 with GET alone: rubric never
 * writes to a registry. Anonymous first; on a 401 it follows the challenge, a bearer token from
 * the realm (with the user's credential when there is one) or basic auth. Every failure becomes an
 * {@link ImageReadException} with a reason a user can act on (401, 404, 429, unreachable, TLS
 * against a plain-http registry) and the audit goes on without that image.
 */
final class RegistryClient {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http;
    private final RegistryCredentials credentials;
    private final Set<String> insecureHosts;
    /** host + scope → Authorization header value, so one audit asks a token endpoint once per repository. */
    private final Map<String, String> authorizations = new HashMap<>();

    RegistryClient(RegistryCredentials credentials, Set<String> insecureHosts) {
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        this.credentials = credentials;
        this.insecureHosts = Set.copyOf(insecureHosts);
    }

    ResolvedImage read(String ref, Platform platform) throws ImageReadException {
        RegistryAddress address = RegistryAddress.of(ref);
        Repository repository = new Repository(address);
        Fetched top = repository.manifest(address.reference());
        if (top == null) {
            throw new ImageReadException(address.repository() + ":" + address.reference() + " not found on "
                    + address.host() + " (404)");
        }
        return new ManifestWalker(repository, platform, ImageReaders.REGISTRY).resolve(ref, top.digest(), top.body());
    }

    private record Fetched(String digest, byte[] body) {
    }

    /** One repository of one registry as a {@link Blobs} store for the walker. */
    private final class Repository implements Blobs {
        private final RegistryAddress address;
        private final String base;

        Repository(RegistryAddress address) {
            this.address = address;
            String scheme = insecureHosts.contains(address.host()) ? "http" : "https";
            this.base = scheme + "://" + address.apiHost() + "/v2/" + address.repository();
        }

        Fetched manifest(String reference) throws ImageReadException {
            HttpResponse<InputStream> response = get(base + "/manifests/" + reference, MediaTypes.ACCEPT);
            if (response.statusCode() == 404) {
                drain(response);
                return null;
            }
            byte[] body = body(response, "manifest " + reference);
            String digest = response.headers().firstValue("Docker-Content-Digest").orElse(ManifestWalker.sha256(body));
            return new Fetched(digest, body);
        }

        @Override
        public byte[] blob(String digest) throws ImageReadException {
            // an index names its children by digest, and they are manifests, not blobs
            HttpResponse<InputStream> response = get(base + "/blobs/" + digest, "*/*");
            if (response.statusCode() == 404) {
                drain(response);
                Fetched manifest = manifest(digest);
                return manifest == null ? null : manifest.body();
            }
            return body(response, "blob " + digest);
        }

        @Override
        public byte[] referrers(String digest) throws ImageReadException {
            HttpResponse<InputStream> response = get(base + "/referrers/" + digest, MediaTypes.OCI_INDEX);
            if (response.statusCode() == 404 || response.statusCode() == 400 || response.statusCode() == 405) {
                drain(response);
                return null;
            }
            byte[] body = body(response, "referrers of " + digest);
            JsonNode parsed = ManifestWalker.parseAny(body, "referrers of " + digest);
            return parsed.path("manifests").isArray() ? body : null;
        }

        @Override
        public byte[] taggedManifest(String tag) throws ImageReadException {
            Fetched manifest = manifest(tag);
            return manifest == null ? null : manifest.body();
        }

        private HttpResponse<InputStream> get(String url, String accept) throws ImageReadException {
            String key = address.apiHost() + " " + address.repository();
            HttpResponse<InputStream> response = send(url, accept, authorizations.get(key));
            if (response.statusCode() != 401) {
                return response;
            }
            drain(response);
            BearerChallenge challenge = BearerChallenge.parse(response.headers().firstValue("WWW-Authenticate").orElse(null));
            RegistryCredentials.Credential credential = credentials.forHost(address.host());
            String authorization;
            if (challenge != null && challenge.isBearer()) {
                authorization = "Bearer " + token(challenge, credential);
            } else if (credential != null) {
                authorization = credential.basic();
            } else {
                throw new ImageReadException(needsCredentials());
            }
            authorizations.put(key, authorization);
            response = send(url, accept, authorization);
            if (response.statusCode() == 401) {
                drain(response);
                throw new ImageReadException(credential == null ? needsCredentials()
                        : address.host() + " refused the credentials for " + credential.username() + " (401)");
            }
            return response;
        }

        private String needsCredentials() {
            return address.host() + " needs credentials for " + address.repository()
                    + " (401): none in RUBRIC_REGISTRY_USERNAME/RUBRIC_REGISTRY_PASSWORD or the docker config";
        }

        /** The token endpoint of the challenge, asked with the user's credential when there is one. */
        private String token(BearerChallenge challenge, RegistryCredentials.Credential credential) throws ImageReadException {
            Map<String, String> p = challenge.parameters();
            String scope = p.getOrDefault("scope", "repository:" + address.repository() + ":pull");
            StringBuilder url = new StringBuilder(p.get("realm")).append(p.get("realm").contains("?") ? '&' : '?')
                    .append("scope=").append(URLEncoder.encode(scope, StandardCharsets.UTF_8));
            if (p.containsKey("service")) {
                url.append("&service=").append(URLEncoder.encode(p.get("service"), StandardCharsets.UTF_8));
            }
            HttpResponse<InputStream> response = send(url.toString(), "application/json",
                    credential == null ? null : credential.basic());
            if (response.statusCode() == 401 || response.statusCode() == 403) {
                drain(response);
                throw new ImageReadException(credential == null ? needsCredentials()
                        : "the token service of " + address.host() + " refused the credentials for " + credential.username()
                        + " (" + response.statusCode() + ")");
            }
            JsonNode answer = ManifestWalker.parse(body(response, "token answer"), "token answer of " + address.host());
            String token = answer.path("token").asText(answer.path("access_token").asText(""));
            if (token.isEmpty()) {
                throw new ImageReadException("the token service of " + address.host() + " gave no token");
            }
            return token;
        }

        private HttpResponse<InputStream> send(String url, String accept, String authorization) throws ImageReadException {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).GET()
                    .header("Accept", accept).header("User-Agent", "rubric");
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            try {
                return http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            } catch (HttpConnectTimeoutException e) {
                // the JDK's client counts the TLS handshake in the connect timeout, and a plain-http
                // server's answer to the hello sometimes leaves the handshake waiting for it
                throw new ImageReadException("cannot reach registry " + address.host() + ": " + e.getMessage()
                        + (url.startsWith("https:") ? " (if it serves plain http, name it with --insecure-registry "
                        + address.host() + ")" : ""));
            } catch (ConnectException e) {
                throw new ImageReadException("cannot reach registry " + address.host() + ": "
                        + (e.getMessage() == null ? "connection refused" : e.getMessage()));
            } catch (HttpTimeoutException e) {
                throw new ImageReadException("registry " + address.host() + " did not answer within " + TIMEOUT.toSeconds() + " s");
            } catch (SSLException e) {
                throw new ImageReadException("TLS with registry " + address.host() + " failed (" + e.getMessage()
                        + "); a plain-http registry must be named with --insecure-registry " + address.host());
            } catch (IOException e) {
                throw new ImageReadException("cannot reach registry " + address.host() + ": " + e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ImageReadException("interrupted while reading from " + address.host());
            }
        }

        private byte[] body(HttpResponse<InputStream> response, String what) throws ImageReadException {
            int status = response.statusCode();
            if (status != 200) {
                drain(response);
                throw new ImageReadException(switch (status) {
                    case 403 -> address.host() + " denies access to " + address.repository() + " (403)";
                    case 404 -> what + " not found in " + address.repository() + " on " + address.host() + " (404)";
                    case 429 -> address.host() + " is rate limiting requests (429)"
                            + response.headers().firstValue("Retry-After").map(s -> ", retry after " + s + " s").orElse("");
                    default -> address.host() + " answered " + status + " for " + what;
                });
            }
            try (InputStream in = response.body()) {
                byte[] bytes = in.readNBytes((int) ArchiveMembers.MAX_MEMBER_BYTES + 1);
                if (bytes.length > ArchiveMembers.MAX_MEMBER_BYTES) {
                    throw new ImageReadException(what + " from " + address.host() + " is larger than a manifest can be");
                }
                return bytes;
            } catch (IOException e) {
                throw new ImageReadException("reading " + what + " from " + address.host() + " failed: " + e.getMessage());
            }
        }

        private void drain(HttpResponse<InputStream> response) {
            try (InputStream in = response.body()) {
                in.skip(Long.MAX_VALUE);
            } catch (IOException e) {
                // the body of a refusal carries nothing rubric records
            }
        }
    }
}
