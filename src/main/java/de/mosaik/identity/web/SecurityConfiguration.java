package de.mosaik.identity.web;

import de.mosaik.identity.domain.AccountDirectory;
import de.mosaik.identity.domain.LoginThrottle;
import de.mosaik.identity.domain.PasswordHashingBulkhead;
import de.mosaik.shared.web.DatabaseOutageFilter;
import java.time.Duration;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.IpAddressMatcher;

@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

    /** No script or style from anywhere but Mosaik itself, and no inline script at all. */
    static final String CONTENT_SECURITY_POLICY = String.join(
            "; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "font-src 'self'",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    @Bean
    SecurityFilterChain web(
            HttpSecurity http,
            AccountDirectory directory,
            LoginThrottle throttle,
            DatabaseOutageFilter outage,
            ObjectProvider<ClientRegistrationRepository> oidc,
            @Value("${mosaik.login.refusal-pause:PT0.5S}") Duration refusalPause)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/health/**", "/actuator/info")
                .permitAll()
                .requestMatchers("/actuator/**")
                .access(fromLoopback())
                .requestMatchers("/verwaltung", "/verwaltung/**", "/konto/**", "/netzwerke", "/netzwerke/**")
                .authenticated()
                .requestMatchers("/plattform/**")
                .hasRole("PLATFORM_ADMIN")
                .anyRequest()
                .permitAll());
        http.formLogin(form -> form.loginPage(IdentityRoutes.LOGIN)
                .loginProcessingUrl(IdentityRoutes.LOGIN)
                .usernameParameter("email")
                .passwordParameter("password")
                .successHandler(new LoginSuccess(directory, throttle))
                .failureHandler(new LoginFailure(throttle))
                .permitAll());
        http.logout(logout -> logout.logoutUrl(IdentityRoutes.LOGOUT)
                .logoutSuccessUrl(IdentityRoutes.LOGIN + "?abgemeldet")
                .deleteCookies("JSESSIONID"));
        http.addFilterAfter(outage, HeaderWriterFilter.class);
        http.addFilterBefore(
                new LoginThrottleFilter(throttle, refusalPause), UsernamePasswordAuthenticationFilter.class);
        http.addFilterAfter(new AccountRefreshFilter(directory), BasicAuthenticationFilter.class);
        if (oidc.getIfAvailable() != null) {
            http.oauth2Login(login -> login.loginPage(IdentityRoutes.LOGIN)
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(new OidcAccountService(directory)))
                    .successHandler(new LoginSuccess(directory, throttle))
                    .failureUrl(IdentityRoutes.LOGIN + "?keinKonto"));
        }
        // The public API uses no cookies and no session, so a forged cross-site request gains nothing;
        // which websites may call it from a browser is decided per tenant by the CORS source.
        http.csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"));
        http.cors(Customizer.withDefaults());
        http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
        http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer ->
                        referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .frameOptions(frame -> frame.deny())
                .permissionsPolicyHeader(
                        permissions -> permissions.policy("camera=(), microphone=(), geolocation=(), payment=()"))
                .httpStrictTransportSecurity(
                        hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)));
        return http.build();
    }

    /** The outage filter runs inside the security chain only, not a second time as a servlet filter. */
    @Bean
    FilterRegistrationBean<DatabaseOutageFilter> outageFilterOnlyInTheSecurityChain(DatabaseOutageFilter outage) {
        var registration = new FilterRegistrationBean<>(outage);
        registration.setEnabled(false);
        return registration;
    }

    /** Metrics are for the operator's monitoring on the same host or a management port, not the public. */
    private static AuthorizationManager<RequestAuthorizationContext> fromLoopback() {
        var v4 = new IpAddressMatcher("127.0.0.1");
        var v6 = new IpAddressMatcher("::1");
        return (authentication, context) -> new org.springframework.security.authorization.AuthorizationDecision(
                v4.matches(context.getRequest()) || v6.matches(context.getRequest()));
    }

    /**
     * Checks the password before the account's status, so that "deactivated" is only ever told to
     * someone who knows the password and the login page does not reveal which addresses have accounts.
     */
    @Bean
    DaoAuthenticationProvider authenticationProvider(AccountDirectory directory, PasswordEncoder passwords) {
        var provider = new DaoAuthenticationProvider(directory);
        provider.setPasswordEncoder(passwords);
        provider.setPreAuthenticationChecks(user -> {});
        provider.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        return provider;
    }

    /** Argon2id, of which only a few checks run at once (ADR 0013). */
    @Bean
    PasswordEncoder passwordEncoder(
            @Value("${mosaik.login.concurrent-password-checks:0}") int concurrentChecks,
            @Value("${mosaik.login.password-check-wait:PT1S}") Duration wait) {
        var argon2 = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
        return new PasswordHashingBulkhead(
                new DelegatingPasswordEncoder("argon2", Map.of("argon2", argon2)),
                concurrentChecks > 0 ? concurrentChecks : PasswordHashingBulkhead.halfTheCores(),
                wait);
    }
}
