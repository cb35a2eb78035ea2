package org.husnu.symposium.store;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What the launcher was asked to do, with the environment as defaults so that a run
 * script or container can configure the store without composing arguments.
 *
 * @param host the address to listen on
 * @param port the port to listen on, 0 for any free one
 * @param dataDirectory where the data file lives
 * @param fsync whether each acknowledged write is also forced to the device
 */
record StoreOptions(String host, int port, Path dataDirectory, boolean fsync) {

	static final String PORT_VARIABLE = "SYMPOSIUM_STORE_PORT";

	static final String DATA_DIRECTORY_VARIABLE = "SYMPOSIUM_STORE_DATA_DIR";

	static final String DEFAULT_DATA_DIRECTORY = "data";

	static final String USAGE = """
			Usage: java -jar symposium-embedded-store-<version>-exec.jar [options]
			  --host=HOST       address to listen on (default %s)
			  --port=PORT       port to listen on, 0 for any free one (default %d, env %s)
			  --data-dir=DIR    directory of the data file (default ./%s, env %s)
			  --fsync           force every acknowledged write to the device (survives power loss; slower)
			  --help            print this and exit""".formatted(EmbeddedStore.DEFAULT_HOST, EmbeddedStore.DEFAULT_PORT,
			PORT_VARIABLE, DEFAULT_DATA_DIRECTORY, DATA_DIRECTORY_VARIABLE);

	/**
	 * Reads arguments over environment over built-in defaults.
	 * @param args the command line
	 * @param environment the process environment
	 * @return the options
	 * @throws IllegalArgumentException with a message for the user if anything is invalid
	 */
	static StoreOptions parse(List<String> args, Map<String, String> environment) {
		String host = EmbeddedStore.DEFAULT_HOST;
		int port = EmbeddedStore.DEFAULT_PORT;
		Path dataDirectory = Path.of(DEFAULT_DATA_DIRECTORY);
		boolean fsync = false;
		String portVariable = environment.get(PORT_VARIABLE);
		if (portVariable != null && !portVariable.isBlank()) {
			port = port(portVariable.strip(), "environment variable " + PORT_VARIABLE);
		}
		String dataDirectoryVariable = environment.get(DATA_DIRECTORY_VARIABLE);
		if (dataDirectoryVariable != null && !dataDirectoryVariable.isBlank()) {
			dataDirectory = path(dataDirectoryVariable.strip(), "environment variable " + DATA_DIRECTORY_VARIABLE);
		}
		for (String arg : args) {
			if (arg.startsWith("--host=")) {
				host = value(arg, "--host=");
			}
			else if (arg.startsWith("--port=")) {
				port = port(value(arg, "--port="), "--port");
			}
			else if (arg.startsWith("--data-dir=")) {
				dataDirectory = path(value(arg, "--data-dir="), "--data-dir");
			}
			else if (arg.equals("--fsync") || arg.equals("--fsync=true")) {
				fsync = true;
			}
			else if (arg.equals("--fsync=false")) {
				fsync = false;
			}
			else {
				throw new IllegalArgumentException("unknown argument '" + arg + "'");
			}
		}
		return new StoreOptions(host, port, dataDirectory, fsync);
	}

	static boolean isHelpRequested(List<String> args) {
		return args.contains("--help") || args.contains("-h");
	}

	private static String value(String arg, String prefix) {
		String value = arg.substring(prefix.length()).strip();
		if (value.isEmpty()) {
			throw new IllegalArgumentException(prefix.substring(0, prefix.length() - 1) + " needs a value");
		}
		return value;
	}

	private static int port(String value, String source) {
		try {
			int port = Integer.parseInt(value);
			if (port >= 0 && port <= 65535) {
				return port;
			}
		}
		catch (NumberFormatException ex) {
			// reported below, like a number out of range
		}
		throw new IllegalArgumentException(source + " must be a port number from 0 to 65535, not '" + value + "'");
	}

	private static Path path(String value, String source) {
		try {
			return Path.of(value);
		}
		catch (InvalidPathException ex) {
			throw new IllegalArgumentException(source + " is not a valid path: '" + value + "'");
		}
	}

}
