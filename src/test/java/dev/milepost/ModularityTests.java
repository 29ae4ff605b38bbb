package dev.milepost;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;

import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module rules of {@code CONVENTIONS.md}, checked by the build: every top-level
 * package under {@code dev.milepost} is a module, others may use only its base package
 * (and the named interfaces it declares), and no two modules depend on each other,
 * directly or round a cycle. Plain JUnit: the rules are read from the compiled classes,
 * no Spring context is started.
 */
class ModularityTests {

	private static final Path TEST_CLASSES = testClasses();

	private final ApplicationModules modules = ApplicationModules.of(MilepostApplication.class,
			productionClasses(TEST_CLASSES));

	@Test
	void modulesDependOnEachOtherOnlyThroughTheirApiAndWithoutCycles() {
		this.modules.verify();
	}

	@Test
	void writesModuleDocumentationIntoTheBuildDirectory() {
		String folder = TEST_CLASSES.resolveSibling("spring-modulith-docs").toString();
		new Documenter(this.modules, Documenter.Options.defaults().withOutputFolder(folder)).writeDocumentation();
	}

	/**
	 * Modulith leaves out test classes by ArchUnit's path patterns
	 * ({@code /target/test-classes/}), which miss a build directory given with
	 * {@code -Dbuild.dir}; test code may reach into any module, so it is left out by
	 * where it was compiled to as well.
	 */
	private static ImportOption productionClasses(Path testClasses) {
		ImportOption byPattern = new ImportOption.DoNotIncludeTests();
		return (location) -> byPattern.includes(location) && !isUnder(location.asURI(), testClasses);
	}

	private static boolean isUnder(URI location, Path folder) {
		return "file".equals(location.getScheme()) && Path.of(location).startsWith(folder);
	}

	/**
	 * Where this class was compiled to: the build's {@code test-classes}, whatever it is
	 * called.
	 */
	private static Path testClasses() {
		try {
			return Path.of(ModularityTests.class.getProtectionDomain().getCodeSource().getLocation().toURI());
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
