package de.mosaik.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.mosaik.FormRecords;
import de.mosaik.IntegrationTest;
import java.util.Collection;
import org.junit.jupiter.api.Test;
import org.springframework.beans.TypeMismatchException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.MethodParameter;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.util.AopTestUtils;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.web.bind.ServletRequestDataBinder;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every text field of every form the controllers bind refuses a line break unless it is marked
 * {@link MultiLine}, through the binder the application really uses: the forms come from the
 * handler mapping, so a form added later is covered the day it is written.
 */
class SingleLineFieldsTests extends IntegrationTest {

    private static final String PROBE = "Max\r\nBcc: probe@example.org";

    @Autowired
    ApplicationContext context;

    @Autowired
    RequestMappingHandlerAdapter adapter;

    @Test
    void everySingleLineFieldOfEveryFormRefusesALineBreak() throws Exception {
        var forms = FormRecords.all(context);
        assertThat(forms)
                .extracting(f -> f.parameter().getParameterType().getSimpleName())
                .contains("PublicRegistrationForm", "GroupForm", "EventForm", "SettingsForm", "FeedbackForm");
        int singleLine = 0;
        for (var form : forms) {
            for (var field : FormRecords.fields(form.type().resolve(Object.class))) {
                if (!isText(field)) {
                    continue;
                }
                var binder = construct(form.handler(), form.parameter(), field.parameter(), PROBE);
                var error = binder.getBindingResult().getFieldError(field.field());
                var where = form + " " + field.parameter();
                if (field.multiLine()) {
                    assertThat(error == null ? null : error.getCode())
                            .as("%s is multi-line", where)
                            .isNotEqualTo(FormBinding.LINE_BREAK);
                } else {
                    singleLine++;
                    assertThat(error).as("%s refuses a line break", where).isNotNull();
                    assertThat(error.getCode()).as(where).isEqualTo(FormBinding.LINE_BREAK);
                    assertThat(String.valueOf(binder.getTarget()))
                            .as("%s does not keep the refused value", where)
                            .doesNotContain("Bcc:");
                }
            }
        }
        assertThat(singleLine).isGreaterThan(50);
    }

    @Test
    void aLineBreakInASingleLineRequestParameterIsRefused() throws Exception {
        var mapping = context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
        int checked = 0;
        var posts = new java.util.ArrayList<HandlerMethod>();
        mapping.getHandlerMethods().forEach((info, handler) -> {
            if (info.getMethodsCondition().getMethods().contains(RequestMethod.POST)) {
                posts.add(handler);
            }
        });
        for (var handler : posts) {
            for (var parameter : handler.getMethodParameters()) {
                if (!parameter.hasParameterAnnotation(RequestParam.class)
                        || parameter.getParameterType() != String.class) {
                    continue;
                }
                var binder = binderFactory(handler)
                        .createBinder(new ServletWebRequest(new MockHttpServletRequest("POST", "/")), null, "probe");
                if (parameter.hasParameterAnnotation(MultiLine.class)) {
                    assertThat(binder.convertIfNecessary(PROBE, String.class, parameter))
                            .isEqualTo(PROBE);
                } else {
                    checked++;
                    assertThatThrownBy(() -> binder.convertIfNecessary(PROBE, String.class, parameter))
                            .as("%s %s", handler, parameter.getParameterName())
                            .isInstanceOf(TypeMismatchException.class);
                    assertThat(binder.convertIfNecessary("Max Muster", String.class, parameter))
                            .isEqualTo("Max Muster");
                }
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(5);
    }

    @Test
    void rowIndexesBeyondAnyFormAreRefusedAsABadRequest() {
        var group = FormRecords.all(context).stream()
                .filter(f -> f.parameter().getParameterType().getSimpleName().equals("GroupForm"))
                .findFirst()
                .orElseThrow();
        for (var row : new String[] {"people[100000].givenName", "people[-1].givenName", "people[x].givenName"}) {
            assertThatThrownBy(() -> construct(group.handler(), group.parameter(), row, "Max"))
                    .as(row)
                    .hasMessageContaining("400");
        }
    }

    private static boolean isText(FormRecords.Field field) {
        var raw = field.raw();
        return raw == String.class
                || (Collection.class.isAssignableFrom(raw)
                        && field.type().asCollection().getGeneric(0).resolve() == String.class);
    }

    private WebDataBinder construct(HandlerMethod handler, MethodParameter parameter, String name, String value)
            throws Exception {
        var request = new MockHttpServletRequest("POST", "/");
        request.addParameter(name, value);
        var binder = binderFactory(handler)
                .createBinder(
                        new ServletWebRequest(request),
                        null,
                        "form",
                        org.springframework.core.ResolvableType.forMethodParameter(parameter));
        ((ServletRequestDataBinder) binder).construct(request);
        return binder;
    }

    private WebDataBinderFactory binderFactory(HandlerMethod handler) {
        // The controller itself, not its security proxy: its @InitBinder methods run before any authorization.
        var bean = handler.getBean() instanceof String name ? context.getBean(name) : handler.getBean();
        var resolved = new HandlerMethod(AopTestUtils.getUltimateTargetObject(bean), handler.getMethod());
        var factory = ReflectionTestUtils.invokeMethod(adapter, "getDataBinderFactory", resolved);
        assertThat(factory).isInstanceOf(FormBinding.FormBinderFactory.class);
        return (WebDataBinderFactory) factory;
    }
}
