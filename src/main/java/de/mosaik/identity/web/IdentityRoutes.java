package de.mosaik.identity.web;

final class IdentityRoutes {

    static final String LOGIN = "/anmelden";
    static final String LOGOUT = "/abmelden";
    static final String FORGOT_PASSWORD = "/passwort-vergessen";
    static final String RESET_PASSWORD = "/passwort-neu/{token}";
    static final String INVITATION = "/einladung/{token}";
    static final String CHANGE_PASSWORD = "/konto/passwort";
    static final String BACK_OFFICE = "/verwaltung";
    static final String DASHBOARD = "/verwaltung/{slug}";
    static final String ACCOUNTS = "/verwaltung/{slug}/konten";
    static final String SETTINGS = "/verwaltung/{slug}/einstellungen";
    static final String PLATFORM = "/plattform";
    static final String PLATFORM_TENANTS = PLATFORM + "/mandanten";
    static final String PLATFORM_SETTINGS = "/plattform/einstellungen";

    private IdentityRoutes() {}
}
