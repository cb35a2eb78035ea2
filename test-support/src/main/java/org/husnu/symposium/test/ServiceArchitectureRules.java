package org.husnu.symposium.test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The boundaries every service keeps: it never depends on the other service (they meet
 * only in MongoDB), its feature packages have no cycles, and its controllers are
 * package-private.
 */
public final class ServiceArchitectureRules {

	private final String service;

	private final String otherService;

	private final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.husnu.symposium");

	/**
	 * Rules for one service.
	 * @param service the service's package below {@code org.husnu.symposium}, e.g.
	 * {@code submission}
	 * @param otherService the other service's package
	 */
	public ServiceArchitectureRules(String service, String otherService) {
		this.service = "org.husnu.symposium." + service;
		this.otherService = "org.husnu.symposium." + otherService;
	}

	public void doesNotDependOnTheOtherService() {
		noClasses().that()
			.resideInAPackage(this.service + "..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage(this.otherService + "..")
			.check(this.classes);
	}

	public void featurePackagesHaveNoCycles() {
		slices().matching(this.service + ".(*)..").should().beFreeOfCycles().check(this.classes);
	}

	public void controllersArePackagePrivate() {
		classes().that()
			.resideInAPackage(this.service + "..")
			.and()
			.areAnnotatedWith(Controller.class)
			.or()
			.areAnnotatedWith(RestController.class)
			.should()
			.notBePublic()
			.check(this.classes);
	}

}
