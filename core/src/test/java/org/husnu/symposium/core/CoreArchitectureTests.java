package org.husnu.symposium.core;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.husnu.symposium.core.store.ReferenceDataSeeder;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Keeps core a plain domain library: no web, servlet or PDF code, and no cycles between
 * its feature packages; and keeps one way of creating indexes.
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

	/**
	 * Indexes are created by {@link ReferenceDataSeeder} only; an {@code @Indexed} on a
	 * document would look like a second way while doing nothing (automatic index creation
	 * is off).
	 */
	@Test
	void onlyTheSeederDeclaresIndexes() {
		noClasses().that()
			.doNotHaveFullyQualifiedName(ReferenceDataSeeder.class.getName())
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.springframework.data.mongodb.core.index..")
			.check(this.core);
	}

}
