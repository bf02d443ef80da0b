package cn.tangshan.minsheng;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Each top-level package is a module; this keeps them from reaching into each other's
 * internals and draws the module diagrams into {@code target/spring-modulith-docs}.
 */
class ModularityTest {

	private static final ApplicationModules modules = ApplicationModules.of(MinshengApplication.class);

	@Test
	void modulesOnlyUseEachOthersPublicApi() {
		modules.verify();
	}

	@Test
	void writeDocumentation() {
		new Documenter(modules).writeDocumentation();
	}

}
