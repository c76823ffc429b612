package de.mosaik;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** MockMvc through the real security filter chain, and sessions signed in through the real login. */
public final class MockLogin {

    private MockLogin() {}

    public static MockMvc mvc(WebApplicationContext context) {
        return MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
    }

    public static MockHttpSession login(MockMvc mvc, String email, String password) {
        try {
            var result = mvc.perform(formLogin("/anmelden")
                            .userParameter("email")
                            .passwordParam("password")
                            .user(email)
                            .password(password))
                    .andReturn();
            assertThat(result.getResponse().getRedirectedUrl())
                    .as("login of %s", email)
                    .doesNotContain("/anmelden");
            return (MockHttpSession) result.getRequest().getSession(false);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
