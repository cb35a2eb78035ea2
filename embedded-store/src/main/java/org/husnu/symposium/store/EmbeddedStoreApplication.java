package org.husnu.symposium.store;

import java.util.List;

/**
 * Runs the store as its own process, so that both services (and a person with
 * {@code mongosh}) can share one database the way they would share a real MongoDB.
 * <p>
 * Prints one line starting with {@value #READY_PREFIX} once clients can connect, which is
 * what run scripts wait for. Exits with 2 on invalid arguments and 1 when the store
 * cannot start; a normal stop (SIGTERM, Ctrl-C) closes the data file cleanly, and even
 * {@code kill -9} loses no acknowledged write.
 */
public final class EmbeddedStoreApplication {

	/** The start of the line that says the store accepts connections. */
	public static final String READY_PREFIX = "Embedded store ready at ";

	static final int EXIT_STARTUP_FAILED = 1;

	static final int EXIT_INVALID_ARGUMENTS = 2;

	private static final String LOGBACK_CONFIGURATION_PROPERTY = "logback.configurationFile";

	/**
	 * Named apart from {@code logback.xml} so that it never configures the logging of a
	 * service that has this module on its classpath.
	 */
	private static final String LOGBACK_CONFIGURATION = "symposium-store-logback.xml";

	private EmbeddedStoreApplication() {
	}

	public static void main(String[] args) {
		// before anything creates a logger
		if (System.getProperty(LOGBACK_CONFIGURATION_PROPERTY) == null) {
			System.setProperty(LOGBACK_CONFIGURATION_PROPERTY, LOGBACK_CONFIGURATION);
		}
		List<String> arguments = List.of(args);
		if (StoreOptions.isHelpRequested(arguments)) {
			System.out.println(StoreOptions.USAGE);
			return;
		}
		StoreOptions options;
		try {
			options = StoreOptions.parse(arguments, System.getenv());
		}
		catch (IllegalArgumentException ex) {
			System.err.println("embedded-store: " + ex.getMessage());
			System.err.println(StoreOptions.USAGE);
			System.exit(EXIT_INVALID_ARGUMENTS);
			return;
		}
		EmbeddedStore store;
		try {
			store = EmbeddedStore.persistent(options.dataDirectory(), options.host(), options.port(), options.fsync());
		}
		catch (StoreStartupException ex) {
			System.err.println("embedded-store: " + ex.getMessage());
			System.exit(EXIT_STARTUP_FAILED);
			return;
		}
		catch (RuntimeException ex) {
			System.err.println("embedded-store: failed to start");
			ex.printStackTrace();
			System.exit(EXIT_STARTUP_FAILED);
			return;
		}
		Runtime.getRuntime().addShutdownHook(new Thread(store::close, "embedded-store-shutdown"));
		// the server's threads keep the process alive after main returns
		System.out
			.println(READY_PREFIX + store.connectionString() + " (data: " + store.dataDirectory().orElseThrow() + ")");
		System.out.flush();
	}

}
