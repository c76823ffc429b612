package de.mosaik.attendance.web;

import de.mosaik.shared.RateLimiter;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits self check-ins per client address and room code, so that nobody tries out addresses to
 * learn who is registered. Counted per room because a whole centre may share one network address
 * behind a router: a big room must not lock out the room next door. Still generous, as a room's
 * participants share that address; 0 switches it off.
 */
@Component
class SelfCheckInRateLimit {

    static final Duration WINDOW = Duration.ofMinutes(10);
    static final String BUCKET = "self-check-in";

    private final RateLimiter limiter;
    private volatile int perWindow;

    SelfCheckInRateLimit(RateLimiter limiter, @Value("${mosaik.security.self-check-in-rate-limit:120}") int perWindow) {
        this.limiter = limiter;
        this.perWindow = perWindow;
    }

    boolean allow(HttpServletRequest request, String roomCode) {
        int limit = perWindow;
        return limit <= 0 || limiter.tryAcquire(BUCKET, subject(request.getRemoteAddr(), roomCode), limit, WINDOW);
    }

    static String subject(String clientAddress, String roomCode) {
        return clientAddress + "|" + roomCode.strip().toUpperCase(Locale.ROOT);
    }

    /** Changes the limit while the application runs; tests use it to try a tiny limit without a second context. */
    void limit(int perWindow) {
        this.perWindow = perWindow;
    }

    int limit() {
        return perWindow;
    }
}
