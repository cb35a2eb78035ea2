package org.husnu.symposium.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class StoreOptionsTests {

	@Test
	void defaultsToLoopbackPort27018AndDataDirectoryWithoutFsync() {
		assertThat(StoreOptions.parse(List.of(), Map.of()))
			.isEqualTo(new StoreOptions("127.0.0.1", 27018, Path.of("data"), false));
	}

	@Test
	void takesDefaultsFromTheEnvironment() {
		StoreOptions options = StoreOptions.parse(List.of(),
				Map.of("SYMPOSIUM_STORE_PORT", "27999", "SYMPOSIUM_STORE_DATA_DIR", "/var/lib/symposium"));
		assertThat(options.port()).isEqualTo(27999);
		assertThat(options.dataDirectory()).isEqualTo(Path.of("/var/lib/symposium"));
	}

	@Test
	void argumentsOverrideTheEnvironment() {
		StoreOptions options = StoreOptions.parse(
				List.of("--host=0.0.0.0", "--port=0", "--data-dir=/tmp/store", "--fsync"),
				Map.of("SYMPOSIUM_STORE_PORT", "27999", "SYMPOSIUM_STORE_DATA_DIR", "/var/lib/symposium"));
		assertThat(options).isEqualTo(new StoreOptions("0.0.0.0", 0, Path.of("/tmp/store"), true));
	}

	@Test
	void ignoresBlankEnvironmentVariables() {
		assertThat(StoreOptions.parse(List.of(), Map.of("SYMPOSIUM_STORE_PORT", " ", "SYMPOSIUM_STORE_DATA_DIR", "")))
			.isEqualTo(StoreOptions.parse(List.of(), Map.of()));
	}

	@Test
	void rejectsUnknownArguments() {
		assertThatIllegalArgumentException().isThrownBy(() -> StoreOptions.parse(List.of("--prot=1"), Map.of()))
			.withMessage("unknown argument '--prot=1'");
	}

	@Test
	void rejectsPortsThatAreNotPortNumbers() {
		assertThatIllegalArgumentException().isThrownBy(() -> StoreOptions.parse(List.of("--port=65536"), Map.of()))
			.withMessage("--port must be a port number from 0 to 65535, not '65536'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> StoreOptions.parse(List.of(), Map.of("SYMPOSIUM_STORE_PORT", "mongo")))
			.withMessage(
					"environment variable SYMPOSIUM_STORE_PORT must be a port number from 0 to 65535, not 'mongo'");
	}

	@Test
	void rejectsOptionsWithoutAValue() {
		assertThatIllegalArgumentException().isThrownBy(() -> StoreOptions.parse(List.of("--data-dir="), Map.of()))
			.withMessage("--data-dir needs a value");
	}

	@Test
	void recognisesARequestForHelp() {
		assertThat(StoreOptions.isHelpRequested(List.of("--port=1", "--help"))).isTrue();
		assertThat(StoreOptions.isHelpRequested(List.of("--port=1"))).isFalse();
	}

}
