package de.mosaik;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.io.File;
import java.io.FileOutputStream;
import java.io.FileWriter;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.util.regex.Pattern;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Repository;

/**
 * Conventions of the code base as rules. Module boundaries themselves are checked by Spring
 * Modulith in {@link ModularityTests}; these rules cover what it does not.
 */
@AnalyzeClasses(packages = "de.mosaik", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    /** {@code de.mosaik.<module>.<domain|web>…}: group 1 is the module, group 2 the layer. */
    private static final Pattern LAYER = Pattern.compile("de\\.mosaik\\.([a-z]+)\\.(domain|web)(\\..*)?");

    /**
     * With several app nodes every node runs the scheduler, so each job takes a ShedLock lock and
     * runs once. The mail dispatcher is the exception: every node may drain the outbox, because it
     * claims rows with {@code FOR UPDATE SKIP LOCKED} and no mail goes out twice.
     */
    @ArchTest
    static final ArchRule scheduledJobsRunOnceAcrossNodes = methods()
            .that()
            .areAnnotatedWith(Scheduled.class)
            .and()
            .areDeclaredInClassesThat()
            .doNotHaveSimpleName("MailDispatcher")
            .should()
            .beAnnotatedWith(SchedulerLock.class)
            .as("Scheduled jobs take a ShedLock lock, so that they run on one node at a time");

    /**
     * Uploaded and generated files (logos, mail attachments, certificates) live in PostgreSQL, so
     * that any node can serve them and a backup of the database is a backup of everything. Only
     * the embedded database of a single-machine installation has a directory of its own.
     */
    @ArchTest
    static final ArchRule noNodeKeepsFilesOfItsOwn = noClasses()
            .that()
            .resideOutsideOfPackage("de.mosaik.shared.db")
            .should()
            .dependOnClassesThat()
            .belongToAnyOf(File.class, Files.class, FileOutputStream.class, FileWriter.class, RandomAccessFile.class)
            .as("No node keeps files on its own disk; files are stored in PostgreSQL");

    @ArchTest
    static final ArchRule controllersAreNotPublic = classes()
            .that()
            .areMetaAnnotatedWith(Controller.class)
            .should()
            .notBePublic()
            .as("Controllers are package-private: nothing calls them but Spring MVC");

    @ArchTest
    static final ArchRule controllersLiveInWebPackages = classes()
            .that()
            .areMetaAnnotatedWith(Controller.class)
            .should()
            .resideInAPackage("de.mosaik.*.web..")
            .as("Controllers live in a module's web package");

    @ArchTest
    static final ArchRule repositoriesAreNotPublic = classes()
            .that()
            .areAnnotatedWith(Repository.class)
            .should()
            .notBePublic()
            .andShould()
            .resideInAPackage("de.mosaik.*.domain..")
            .as("Repositories are package-private in a module's domain package: other code goes through its services");

    @ArchTest
    static final ArchRule webCodeUsesNoSqlDirectly = noClasses()
            .that()
            .resideInAPackage("de.mosaik.*.web..")
            .should()
            .dependOnClassesThat()
            .belongToAnyOf(JdbcClient.class, JdbcTemplate.class, NamedParameterJdbcTemplate.class)
            .as("Web code runs no SQL: queries belong to services and repositories that filter by tenant");

    @ArchTest
    static final ArchRule domainDoesNotUseItsWebLayer = classes()
            .that()
            .resideInAPackage("de.mosaik.*.domain..")
            .should(notDependOnTheWebLayerOfTheirOwnModule())
            .as("A module's domain does not depend on its own web layer");

    @ArchTest
    static final ArchRule moduleApisDoNotExposeInternals = classes()
            .that()
            .resideInAnyPackage("de.mosaik.identity", "de.mosaik.mail", "de.mosaik.portal", "de.mosaik.demo")
            .should(notDependOnInternalsOfTheirOwnModule())
            .as("A module's API (its root package) does not expose its domain or web classes");

    @ArchTest
    static final ArchRule noFieldInjection = noFields()
            .should()
            .beAnnotatedWith(Autowired.class)
            .orShould()
            .beAnnotatedWith(Value.class)
            .as("No field injection: dependencies come through the constructor");

    @ArchTest
    static final ArchRule noStandardStreams = GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.as(
            "No System.out or System.err: use a logger");

    @ArchTest
    static final ArchRule noJavaUtilLogging =
            GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING.as("Logging goes through SLF4J");

    private static ArchCondition<JavaClass> notDependOnTheWebLayerOfTheirOwnModule() {
        return new ArchCondition<>("not depend on the web layer of their own module") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                var own = LAYER.matcher(item.getPackageName());
                if (!own.matches()) {
                    return;
                }
                for (var dependency : item.getDirectDependenciesFromSelf()) {
                    var target = LAYER.matcher(dependency.getTargetClass().getPackageName());
                    if (target.matches()
                            && target.group(1).equals(own.group(1))
                            && target.group(2).equals("web")) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    private static ArchCondition<JavaClass> notDependOnInternalsOfTheirOwnModule() {
        return new ArchCondition<>("not depend on internals of their own module") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                var module = item.getPackageName().substring("de.mosaik.".length());
                for (var dependency : item.getDirectDependenciesFromSelf()) {
                    var target = LAYER.matcher(dependency.getTargetClass().getPackageName());
                    if (target.matches() && target.group(1).equals(module)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }
}
