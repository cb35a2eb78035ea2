package org.husnu.symposium.platform;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.husnu.symposium.test.ServiceArchitectureRules;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.gridfs.GridFsOperations;
import org.springframework.stereotype.Controller;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The platform keeps the rules of the services it serves: it knows neither service, its
 * feature packages have no cycles, its controllers are package-private and reach the
 * database only through their feature's store.
 */
class PlatformArchitectureTests {

	private static final String PLATFORM = "org.husnu.symposium.platform..";

	private final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.husnu.symposium.platform");

	@Test
	void dependsOnNeitherService() {
		new ServiceArchitectureRules("platform", "submission").doesNotDependOnTheOtherService();
		new ServiceArchitectureRules("platform", "review").doesNotDependOnTheOtherService();
	}

	@Test
	void featurePackagesHaveNoCycles() {
		new ServiceArchitectureRules("platform", "submission").featurePackagesHaveNoCycles();
	}

	@Test
	void controllersArePackagePrivate() {
		new ServiceArchitectureRules("platform", "submission").controllersArePackagePrivate();
	}

	@Test
	void controllersDoNotUseTheDatabaseDirectly() {
		noClasses().that()
			.resideInAPackage(PLATFORM)
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

}
