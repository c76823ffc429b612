package de.mosaik.registration.domain;

import de.mosaik.registration.ClosedAudience;
import de.mosaik.registration.ClosedRegistrations;
import de.mosaik.registration.RegistrationStatus;
import de.mosaik.shared.i18n.UiLanguage;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** Registrations for events of a closed audience, through the same rules and mails as every registration. */
@Service
class ClosedRegistrationService implements ClosedRegistrations {

    private final RegistrationService registrations;
    private final RegistrationRepository repository;
    private final PersonalLinkService personalLinks;

    ClosedRegistrationService(
            RegistrationService registrations, RegistrationRepository repository, PersonalLinkService personalLinks) {
        this.registrations = registrations;
        this.repository = repository;
        this.personalLinks = personalLinks;
    }

    @Override
    public Result register(UUID tenantId, UUID eventId, Person person, String language, ClosedAudience audience) {
        var locale = UiLanguage.fromCode(language).orElse(UiLanguage.DE).code();
        var applicant = new Applicant(
                person.givenName().strip(),
                person.familyName().strip(),
                person.email().strip(),
                "",
                null,
                Map.of(),
                "",
                locale);
        try {
            var outcome = registrations.registerInAudience(tenantId, eventId, applicant, audience);
            var registration = outcome.registration();
            return new Result(
                    registration.status() == RegistrationStatus.WAITLISTED ? Outcome.WAITLISTED : Outcome.REGISTERED,
                    registration.id(),
                    null);
        } catch (AudienceRefused e) {
            return new Result(Outcome.REFUSED, null, e.reason());
        } catch (RegistrationRefused e) {
            return new Result(
                    e.reason() == RegistrationRefused.Reason.DUPLICATE ? Outcome.ALREADY_REGISTERED : Outcome.CLOSED,
                    null,
                    null);
        }
    }

    @Override
    public boolean cancel(UUID tenantId, UUID registrationId) {
        var registration = repository.byId(tenantId, registrationId);
        if (registration.isEmpty() || !registration.get().status().live()) {
            return false;
        }
        return personalLinks
                .cancel(tenantId, registration.get().manageToken())
                .map(r -> !r.status().live())
                .orElse(false);
    }
}
