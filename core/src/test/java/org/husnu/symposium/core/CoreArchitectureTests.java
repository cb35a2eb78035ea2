package org.husnu.symposium.core;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Keeps core a plain domain library: no web, servlet or PDF code, and no cycles between
 * its feature packages.
 */
class CoreArchitectureTests {

	private final JavaClasses core = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.husnu.symposium.core");

	@Test
	void coreHasNoWebServletOrPdfDependencies() {
		noClasses().should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework.web..", "org.springframework.boot..", "jakarta.servlet..",
					"org.apache.pdfbox..", "org.thymeleaf..")
			.check(this.core);
	}

	@Test
	void coreDoesNotKnowTheServices() {
		noClasses().should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.husnu.symposium.submission..", "org.husnu.symposium.review..")
			.check(this.core);
	}

	@Test
	void featurePackagesHaveNoCycles() {
		slices().matching("org.husnu.symposium.core.(*)..").should().beFreeOfCycles().check(this.core);
	}

}
