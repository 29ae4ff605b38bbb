package dev.milepost.shared.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.zip.GZIPInputStream;

import dev.milepost.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages, style sheets and scripts go over the wire gzip-compressed to a client that
 * accepts it, through the real server (compression is the servlet container's, so MockMvc
 * cannot show it), and unchanged to one that does not.
 */
@IntegrationTest
class CompressionTests {

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	@ParameterizedTest
	@ValueSource(strings = { "/login", "/css/milepost.css", "/js/update-grid.js" })
	void largeTextResponsesAreCompressedForClientsThatAcceptGzip(String path) throws Exception {
		HttpResponse<byte[]> plain = get(path, null);
		HttpResponse<byte[]> gzipped = get(path, "gzip");

		assertThat(plain.statusCode()).isEqualTo(200);
		assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
		assertThat(plain.body().length).as("large enough to be compressed").isGreaterThan(2048);

		assertThat(gzipped.statusCode()).isEqualTo(200);
		assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(gzipped.headers().allValues("Vary"))
			.anySatisfy((vary) -> assertThat(vary).containsIgnoringCase("accept-encoding"));
		assertThat(gzipped.body().length).isLessThan(plain.body().length / 2);
		// the login page carries a fresh CSRF token each time: compare what does not
		// change
		String unzipped = gunzip(gzipped.body());
		String original = new String(plain.body(), StandardCharsets.UTF_8);
		assertThat(withoutTokens(unzipped)).isEqualTo(withoutTokens(original));
	}

	HttpResponse<byte[]> get(String path, String acceptEncoding) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.timeout(Duration.ofSeconds(30))
			.header("Accept", "text/html,*/*");
		if (acceptEncoding != null) {
			request.header("Accept-Encoding", acceptEncoding);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	static String gunzip(byte[] body) throws IOException {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	static String withoutTokens(String html) {
		return html.replaceAll("(name=\"_csrf\"[^>]*value=\")[^\"]*", "$1")
			.replaceAll("(value=\")[^\"]*(\"[^>]*name=\"_csrf\")", "$1$2")
			.replaceAll("(name=\"_csrf\" content=\")[^\"]*", "$1");
	}

}
