package org.husnu.symposium.store;

import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.ServerVersion;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store both services talk to over the MongoDB wire protocol, embedded so that the
 * system runs from a checkout without a MongoDB installation.
 * <p>
 * It is a {@code mongo-java-server} on its H2 (MVStore) backend, speaking wire version 8
 * (MongoDB 5.0), the oldest that the 5.x Java driver accepts. Unlike the stock backend it
 * writes each change to its file before the client is told the write succeeded, so a
 * killed process loses no acknowledged write; with {@code fsync} the change is also
 * forced to the device, which is what surviving power loss would take.
 * <p>
 * One data directory belongs to one store: the MVStore file lock keeps a second process
 * out, and a second store in the same process is refused before it touches the file
 * (closing a second handle on the file would release the first one's operating system
 * lock).
 */
public final class EmbeddedStore implements AutoCloseable {

	/** Loopback only by default: the store has no authentication. */
	public static final String DEFAULT_HOST = "127.0.0.1";

	/**
	 * Next to MongoDB's own 27017, so that a locally installed MongoDB does not collide.
	 */
	public static final int DEFAULT_PORT = 27018;

	/** The file inside the data directory that holds every database. */
	public static final String DATA_FILE_NAME = "symposium.mv.db";

	private static final Logger log = LoggerFactory.getLogger(EmbeddedStore.class);

	private static final Set<Path> dataDirectoriesInUse = ConcurrentHashMap.newKeySet();

	private final MongoServer server;

	private final String host;

	private final int port;

	private final Path dataDirectory;

	private final AtomicBoolean closed = new AtomicBoolean();

	private EmbeddedStore(MongoServer server, InetSocketAddress address, Path dataDirectory) {
		this.server = server;
		this.host = connectableHost(address);
		this.port = address.getPort();
		this.dataDirectory = dataDirectory;
	}

	/**
	 * Starts a store whose data live in {@value #DATA_FILE_NAME} under the given
	 * directory (created if missing), without forcing writes to the device.
	 * @param dataDirectory where the data file lives
	 * @param host the address to listen on
	 * @param port the port to listen on, 0 for any free one
	 * @return the listening store
	 * @throws StoreStartupException if the directory is in use or the port is taken
	 */
	public static EmbeddedStore persistent(Path dataDirectory, String host, int port) {
		return persistent(dataDirectory, host, port, false);
	}

	/**
	 * Starts a store whose data live in {@value #DATA_FILE_NAME} under the given
	 * directory (created if missing).
	 * @param dataDirectory where the data file lives
	 * @param host the address to listen on
	 * @param port the port to listen on, 0 for any free one
	 * @param fsync whether each acknowledged write is also forced to the device, to
	 * survive power loss and not only a killed process
	 * @return the listening store
	 * @throws StoreStartupException if the directory is in use or the port is taken
	 */
	public static EmbeddedStore persistent(Path dataDirectory, String host, int port, boolean fsync) {
		Path directory = prepareDataDirectory(dataDirectory);
		if (!dataDirectoriesInUse.add(directory)) {
			throw new StoreStartupException(
					"data directory " + directory + " is already in use by another store in this process");
		}
		try {
			MVStore mvStore = openMvStore(directory);
			EmbeddedStore store = start(new DurableH2Backend(mvStore, fsync), host, port, directory);
			log.info("Store file {} opened (fsync per write: {})", directory.resolve(DATA_FILE_NAME), fsync);
			return store;
		}
		catch (RuntimeException ex) {
			dataDirectoriesInUse.remove(directory);
			throw ex;
		}
	}

	/**
	 * Starts a store that keeps everything in memory, on a free port of 127.0.0.1: the
	 * same backend as the persistent store, so that tests see the same behaviour.
	 * @return the listening store
	 */
	public static EmbeddedStore inMemory() {
		return inMemory(DEFAULT_HOST, 0);
	}

	/**
	 * Starts a store that keeps everything in memory.
	 * @param host the address to listen on
	 * @param port the port to listen on, 0 for any free one
	 * @return the listening store
	 * @throws StoreStartupException if the port is taken
	 */
	public static EmbeddedStore inMemory(String host, int port) {
		return start(new DurableH2Backend(new MVStore.Builder().open(), false), host, port, null);
	}

	private static Path prepareDataDirectory(Path dataDirectory) {
		try {
			Files.createDirectories(dataDirectory);
			return dataDirectory.toRealPath();
		}
		catch (IOException ex) {
			throw new StoreStartupException(
					"data directory " + dataDirectory.toAbsolutePath() + " cannot be created or read: " + ex, ex);
		}
	}

	private static MVStore openMvStore(Path directory) {
		// MVStore reports a failed open to this handler too, before rethrowing it to us
		AtomicBoolean opened = new AtomicBoolean();
		try {
			MVStore mvStore = new MVStore.Builder().fileName(directory.resolve(DATA_FILE_NAME).toString())
				.backgroundExceptionHandler((thread, ex) -> {
					if (opened.get()) {
						log.error("Background writer of the store file in {} failed", directory, ex);
					}
				})
				.open();
			opened.set(true);
			return mvStore;
		}
		catch (MVStoreException ex) {
			if (ex.getErrorCode() == DataUtils.ERROR_FILE_LOCKED) {
				throw new StoreStartupException(
						"data directory " + directory + " is already in use by another store process", ex);
			}
			throw new StoreStartupException(
					"store file " + directory.resolve(DATA_FILE_NAME) + " cannot be opened: " + ex.getMessage(), ex);
		}
	}

	private static EmbeddedStore start(DurableH2Backend backend, String host, int port, Path dataDirectory) {
		backend.version(ServerVersion.MONGO_5_0);
		MongoServer server = new MongoServer(backend);
		try {
			server.bind(host, port);
		}
		catch (Exception ex) {
			// netty throws the checked BindException undeclared, which MongoServer does
			// not
			// clean up after: without this the event loops and the file lock would remain
			server.shutdownNow();
			if (ex instanceof BindException) {
				throw new StoreStartupException("port " + port + " on " + host + " is already in use", ex);
			}
			throw new StoreStartupException("cannot listen on " + host + ":" + port + ": " + ex, ex);
		}
		EmbeddedStore store = new EmbeddedStore(server, server.getLocalAddress(), dataDirectory);
		log.info("Store listening at {}", store.connectionString());
		return store;
	}

	private static String connectableHost(InetSocketAddress address) {
		if (address.getAddress() != null && address.getAddress().isAnyLocalAddress()) {
			return DEFAULT_HOST;
		}
		String host = address.getHostString();
		return host.contains(":") ? "[" + host + "]" : host;
	}

	/**
	 * The address to give the MongoDB driver.
	 * @return e.g. {@code mongodb://127.0.0.1:27018}
	 */
	public String connectionString() {
		return "mongodb://" + this.host + ":" + this.port;
	}

	/**
	 * The port actually listened on, which is the point when 0 was asked for.
	 * @return the port
	 */
	public int port() {
		return this.port;
	}

	/**
	 * The host part of {@link #connectionString()}.
	 * @return the host, bracketed if IPv6
	 */
	public String host() {
		return this.host;
	}

	/**
	 * Where the data file lives, absent for an in-memory store.
	 * @return the real path of the data directory
	 */
	public Optional<Path> dataDirectory() {
		return Optional.ofNullable(this.dataDirectory);
	}

	/**
	 * Stops listening, disconnects clients, then compacts and closes the data file, which
	 * releases the data directory; does nothing the second time.
	 */
	@Override
	public void close() {
		if (!this.closed.compareAndSet(false, true)) {
			return;
		}
		try {
			this.server.shutdownNow();
		}
		finally {
			if (this.dataDirectory != null) {
				dataDirectoriesInUse.remove(this.dataDirectory);
			}
			log.info("Store at {} closed", connectionString());
		}
	}

	@Override
	public String toString() {
		return "EmbeddedStore[" + connectionString() + ", "
				+ ((this.dataDirectory != null) ? this.dataDirectory : "in memory") + "]";
	}

}
