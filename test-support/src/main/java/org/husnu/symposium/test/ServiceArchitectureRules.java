package org.husnu.symposium.test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.gridfs.GridFsOperations;
import org.springframework.stereotype.Controller;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The boundaries every service keeps: it never depends on the other service (they meet
 * only in MongoDB), its feature packages have no cycles, and its controllers are
 * package-private and reach the store only through the features' stores.
 */
public final class ServiceArchitectureRules {

	private static final String PLATFORM = "org.husnu.symposium.platform";

	private final String service;

	private final String otherService;

	private final JavaClasses classes = Imported.CLASSES;

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

	/**
	 * Controllers (classes of the service annotated with {@code @Controller}, which
	 * {@code @RestController} carries) are package-private.
	 */
	public void controllersArePackagePrivate() {
		classes().that()
			.resideInAPackage(this.service + "..")
			.and()
			.areMetaAnnotatedWith(Controller.class)
			.should()
			.notBePublic()
			.check(this.classes);
	}

	/**
	 * Controllers, of the service and of the shared platform it runs with, reach the
	 * store only through a feature's store (a repository or a named class with the
	 * queries), never through {@code MongoOperations}, {@code MongoTemplate} or
	 * {@code GridFsOperations} themselves.
	 */
	public void controllersDoNotUseTheStoreDirectly() {
		noClasses().that()
			.resideInAnyPackage(this.service + "..", PLATFORM + "..")
			.and()
			.areMetaAnnotatedWith(Controller.class)
			.should()
			.dependOnClassesThat()
			.areAssignableTo(MongoOperations.class)
			.orShould()
			.dependOnClassesThat()
			.areAssignableTo(GridFsOperations.class)
			.check(this.classes);
	}

	/**
	 * The classes, imported once per test JVM: JUnit makes a new test instance, and so a
	 * new rules object, for every test method, and the import is most of a rule's time.
	 */
	private static final class Imported {

		static final JavaClasses CLASSES = new ClassFileImporter()
			.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("org.husnu.symposium");

	}

}
