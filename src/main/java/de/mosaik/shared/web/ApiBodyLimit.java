package de.mosaik.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Request bodies to the API ({@code /api/}) are capped at {@value #MAX_BYTES} bytes: a
 * registration is a few hundred bytes, and a bigger body only costs memory and parsing time. A
 * larger one is answered with a 413 problem document before anything reads it; a body without a
 * declared length is read up to the cap and then refused the same way. The refusal carries the
 * same security headers as Tomcat's own error answers ({@link BareAnswerHeaders}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class ApiBodyLimit extends OncePerRequestFilter {

    static final int MAX_BYTES = 64 * 1024;
    static final String PROBLEM_TYPE = "/api/v1/problems/payload-too-large";

    private final MessageSource messages;

    ApiBodyLimit(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/")
                || request.getMethod().equals("GET")
                || request.getMethod().equals("HEAD")
                || request.getMethod().equals("OPTIONS");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long declared = request.getContentLengthLong();
        if (declared > MAX_BYTES) {
            refuse(request, response);
            return;
        }
        if (declared >= 0) {
            chain.doFilter(request, response);
            return;
        }
        var body = request.getInputStream().readNBytes(MAX_BYTES + 1);
        if (body.length > MAX_BYTES) {
            refuse(request, response);
            return;
        }
        chain.doFilter(new ReadBody(request, body), response);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var locale = ApiLanguage.of(request);
        var title = messages.getMessage("shared.api.tooLarge.title", null, locale);
        var detail = messages.getMessage("shared.api.tooLarge", new Object[] {MAX_BYTES / 1024}, locale);
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        // Answered before Spring Security's header writer runs, so the headers are written here.
        BareAnswerHeaders.write(response);
        response.setHeader("Content-Language", locale.toLanguageTag());
        // The rest of the body is not read: the connection closes after this answer.
        response.setHeader("Connection", "close");
        response.getWriter()
                .write("{\"type\":\"" + PROBLEM_TYPE + "\",\"title\":\"" + json(title)
                        + "\",\"status\":413,\"detail\":\"" + json(detail) + "\",\"instance\":\""
                        + json(request.getRequestURI()) + "\"}");
    }

    private static String json(String text) {
        var out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The request with its body already read into memory (only bodies within the cap get here). */
    private static final class ReadBody extends HttpServletRequestWrapper {
        private final byte[] body;

        ReadBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            var in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("The body is already read");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            var encoding = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(
                    getInputStream(),
                    encoding == null ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(encoding)));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
