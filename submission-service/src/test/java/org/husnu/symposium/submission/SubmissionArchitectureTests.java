package org.husnu.symposium.submission;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Keeps submission-service independent of the other service (they meet only in MongoDB),
 * free of cycles between its feature packages, and its controllers package-private.
 */
class SubmissionArchitectureTests {

	private final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.husnu.symposium");

	@Test
	void doesNotDependOnTheOtherService() {
		noClasses().that()
			.resideInAPackage("org.husnu.symposium.submission..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.husnu.symposium.review..")
			.check(this.classes);
	}

	@Test
	void featurePackagesHaveNoCycles() {
		slices().matching("org.husnu.symposium.submission.(*)..").should().beFreeOfCycles().check(this.classes);
	}

	@Test
	void controllersArePackagePrivate() {
		classes().that()
			.resideInAPackage("org.husnu.symposium.submission..")
			.and()
			.areAnnotatedWith(Controller.class)
			.or()
			.areAnnotatedWith(RestController.class)
			.should()
			.notBePublic()
			.allowEmptyShould(true)
			.check(this.classes);
	}

}
