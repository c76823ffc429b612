package de.mosaik.registration.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import de.mosaik.events.RegistrationTerms;
import de.mosaik.registration.domain.Applicant;
import de.mosaik.registration.domain.Registration;
import de.mosaik.registration.domain.RegistrationRefused;
import de.mosaik.registration.domain.RegistrationService;
import de.mosaik.registration.domain.Source;
import de.mosaik.shared.i18n.UiLanguage;
import de.mosaik.shared.web.ApiLanguage;
import de.mosaik.shared.web.MultiLine;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Registration through the public API, for municipal websites that embed the catalogue. Stateless:
 * no session, no CSRF token (no cookie authorises anything here). The answer never contains the
 * personal link; it goes by mail only, to the owner of the address. Errors are RFC 9457 problem
 * documents; the registration-closed case is a 409 of type {@code registration-closed}.
 */
@RestController
class RegistrationApiController {

    static final String PATH = "/api/v1/{tenant}/events/{id}/registrations";
    static final String PROBLEMS = "/api/v1/problems/";
    static final String EMPLOYERS = "/api/v1/{tenant}/events/{id}/employers";

    /** Idempotency keys: long enough to be unique, and without '#', which group registrations use internally. */
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:~-]{8,100}");

    private final RegistrationPages site;
    private final RegistrationService registrationService;
    private final RegistrationIntake intake;
    private final MessageSource messages;
    private final EmployerField employerField;

    RegistrationApiController(
            RegistrationPages site,
            RegistrationService registrationService,
            RegistrationIntake intake,
            MessageSource messages,
            EmployerField employerField) {
        this.site = site;
        this.registrationService = registrationService;
        this.intake = intake;
        this.messages = messages;
        this.employerField = employerField;
    }

    /**
     * The body of a registration. {@code answers} maps question ids to answers, yes/no questions as "yes"/"no";
     * {@code employer} is the employing body, asked only for an event offered to a network.
     */
    public record RegistrationRequest(
            @Nullable String givenName,
            @Nullable String familyName,
            @Nullable String email,
            @Nullable String institution,
            @Nullable String targetGroup,
            @MultiLine @Nullable Map<String, String> answers,
            @MultiLine @Nullable String accessibilityNeeds,
            @Nullable Boolean consent,
            @Nullable String idempotencyKey,
            @Nullable String locale,

            @Schema(
                    description = "The body that employs the person: required when the event is offered to "
                            + "a network of municipalities, as an id of one of the network's member bodies "
                            + "(GET …/employers) or \"andere\" for another body; ignored for other events. "
                            + "Missing or unknown: 422 invalid-registration naming the field employer.",
                    example = "andere")
            @Nullable
            String employer) {}

    /** The answer to a registration: the status, and the waitlist place or the confirmation deadline. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RegistrationResponse(
            UUID id,
            String status,
            @Nullable Integer waitlistPosition,
            @Nullable String holdUntil) {

        static RegistrationResponse of(Registration registration) {
            return new RegistrationResponse(
                    registration.id(),
                    registration.status().name(),
                    registration.waitlistPosition(),
                    registration.holdUntil() == null
                            ? null
                            : registration.holdUntil().toString());
        }
    }

    /** A body a participant may name as employer: {@code id} is the value of the registration's employer. */
    public record EmployerChoice(UUID id, String name) {}

    @GetMapping(EMPLOYERS)
    @Operation(
            summary = "The bodies a participant may name as employer",
            description = "For an event offered to a network of municipalities: the network's member bodies, by "
                    + "name. A registration for it names one of their ids, or \"andere\" for another body, as "
                    + "employer. Empty when the event does not ask for the employer.")
    ResponseEntity<?> employers(@PathVariable String tenant, @PathVariable String id, HttpServletRequest request) {
        var event = site.tenant(tenant).flatMap(t -> site.event(t.id(), id));
        if (event.isEmpty()) {
            return problem(HttpStatus.NOT_FOUND, "not-found", "registration.api.notFound", ApiLanguage.of(request));
        }
        return ResponseEntity.ok(
                employerField.choices(event.get().tenantId(), event.get().eventId()).stream()
                        .map(employer -> new EmployerChoice(employer.organisationId(), employer.name()))
                        .toList());
    }

    /** One rejected field of a request. */
    public record FieldProblem(String field, String message) {}

    @PostMapping(PATH)
    @Operation(
            summary = "Register a person for an event",
            description = "Answers 201 with the status (CONFIRMED, WAITLISTED with waitlistPosition, "
                    + "PENDING_CONFIRMATION with holdUntil, PENDING_APPROVAL); the personal link goes by mail only. "
                    + "idempotencyKey makes a retry safe: the same key with the same data answers 200 with the "
                    + "first registration, the same key with other data answers 422 idempotency-key-reused. "
                    + "An address that already holds a place answers 409 duplicate-registration. This tells the "
                    + "caller that the address is registered; the API accepts that trade-off because its callers "
                    + "are the municipality's own websites, which must tell their users, and it is rate-limited "
                    + "per client address. The public form instead answers as for a new registration and tells "
                    + "the owner of the address by mail (ADR 0015).")
    ResponseEntity<?> register(
            @PathVariable String tenant,
            @PathVariable String id,
            @RequestBody RegistrationRequest body,
            HttpServletRequest request) {
        var locale = ApiLanguage.of(request);
        var event = site.tenant(tenant).flatMap(t -> site.event(t.id(), id));
        if (event.isEmpty()) {
            return problem(HttpStatus.NOT_FOUND, "not-found", "registration.api.notFound", locale);
        }
        if (!event.get().registrationOpen(Instant.now())) {
            return closed(locale);
        }
        var problems = new ArrayList<FieldProblem>();
        ApplicantRules.Sink sink = (field, key, args) ->
                problems.add(new FieldProblem(jsonField(field), messages.getMessage(key, args, locale)));
        var applicant = applicant(body, event.get(), sink);
        var employer = employerField.check(
                employerField.choices(event.get().tenantId(), event.get().eventId()),
                ApplicantRules.text(body.employer()),
                sink);
        if (!problems.isEmpty()) {
            var problem = ProblemDetail.forStatusAndDetail(
                    HttpStatus.UNPROCESSABLE_CONTENT, messages.getMessage("registration.api.invalid", null, locale));
            problem.setType(URI.create(PROBLEMS + "invalid-registration"));
            problem.setTitle(messages.getMessage("registration.api.invalid.title", null, locale));
            problem.setProperty("errors", problems);
            return ResponseEntity.unprocessableContent().body(problem);
        }
        if (!intake.allowed(request)) {
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(intake.retryAfterSeconds()))
                    .body(problemDetail(
                            HttpStatus.TOO_MANY_REQUESTS, "too-many-requests", "registration.api.tooMany", locale));
        }
        try {
            var outcome = registrationService.register(
                    event.get().tenantId(), event.get().eventId(), applicant, Source.API, body.idempotencyKey());
            if (outcome.otherRequest()) {
                // The key was used for another person or other data: answering with that
                // registration would hand it to whoever guessed or reused the key.
                return problem(
                        HttpStatus.UNPROCESSABLE_CONTENT,
                        "idempotency-key-reused",
                        "registration.api.keyReused",
                        locale);
            }
            if (employer.isPresent()) {
                employerField.record(
                        event.get().tenantId(),
                        outcome.registration().id(),
                        employer.get().organisationId());
            }
            return ResponseEntity.status(outcome.repeated() ? HttpStatus.OK : HttpStatus.CREATED)
                    .body(RegistrationResponse.of(outcome.registration()));
        } catch (RegistrationRefused refused) {
            return switch (refused.reason()) {
                case NOT_FOUND -> problem(HttpStatus.NOT_FOUND, "not-found", "registration.api.notFound", locale);
                case CLOSED -> closed(locale);
                case DUPLICATE ->
                    problem(HttpStatus.CONFLICT, "duplicate-registration", "registration.api.duplicate", locale);
                case INVALID_ANSWERS ->
                    problem(
                            HttpStatus.UNPROCESSABLE_CONTENT,
                            "invalid-registration",
                            "registration.api.invalid",
                            locale);
            };
        }
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpServletRequest request) {
        return problem(
                HttpStatus.BAD_REQUEST, "malformed-request", "registration.api.malformed", ApiLanguage.of(request));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> notJson(HttpServletRequest request) {
        return problem(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "malformed-request",
                "registration.api.notJson",
                ApiLanguage.of(request));
    }

    private Applicant applicant(RegistrationRequest body, RegistrationTerms event, ApplicantRules.Sink sink) {
        var language = body.locale() == null || body.locale().isBlank()
                ? UiLanguage.DE
                : UiLanguage.fromCode(body.locale()).orElse(null);
        var input = new RegistrationIntake.PersonInput(
                ApplicantRules.text(body.givenName()),
                ApplicantRules.text(body.familyName()),
                ApplicantRules.text(body.email()),
                ApplicantRules.text(body.institution()),
                ApplicantRules.text(body.targetGroup()),
                body.answers() == null ? Map.of() : body.answers(),
                ApplicantRules.text(body.accessibilityNeeds()),
                Boolean.TRUE.equals(body.consent()));
        var applicant =
                intake.person(input, event, language == null ? UiLanguage.DE.code() : language.code(), true, sink);
        var key = body.idempotencyKey();
        if (key == null || !KEY.matcher(key).matches()) {
            sink.reject("idempotencyKey", "registration.error.idempotencyKey");
        }
        if (language == null) {
            sink.reject("locale", "registration.error.locale");
        }
        return applicant;
    }

    private ResponseEntity<ProblemDetail> closed(Locale locale) {
        return problem(HttpStatus.CONFLICT, "registration-closed", "registration.api.closed", locale);
    }

    private ResponseEntity<ProblemDetail> problem(HttpStatus status, String type, String key, Locale locale) {
        return ResponseEntity.status(status).body(problemDetail(status, type, key, locale));
    }

    private ProblemDetail problemDetail(HttpStatus status, String type, String key, Locale locale) {
        var problem = ProblemDetail.forStatusAndDetail(status, messages.getMessage(key, null, locale));
        problem.setType(URI.create(PROBLEMS + type));
        problem.setTitle(messages.getMessage(key + ".title", null, locale));
        return problem;
    }

    /** {@code answers[<id>]} as in the form becomes {@code answers.<id>}, as JSON clients name it. */
    static String jsonField(String field) {
        return field.startsWith("answers[") ? "answers." + field.substring(8, field.length() - 1) : field;
    }
}
