package org.husnu.symposium.store;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * H2 backend that makes every write durable before it is acknowledged.
 * <p>
 * The stock backend leaves committing to the MVStore's background writer, about once a
 * second, so a client can be told "ok" for a write that a killed process then loses.
 * Every wire message (OP_MSG through {@code handleMessage}, legacy OP_QUERY commands
 * directly) reaches {@link #handleCommand}, and the server writes the reply to the socket
 * only after it returns; committing here therefore puts each acknowledged write into the
 * file, i.e. into the operating system's page cache, which outlives a {@code kill -9} of
 * this process. Surviving power loss or a kernel crash additionally needs the file forced
 * to the device, which {@code fsync} does at a large cost per write.
 */
final class DurableH2Backend extends H2Backend {

	private static final Logger log = LoggerFactory.getLogger(DurableH2Backend.class);

	/**
	 * Time a graceful close may spend compacting the file, so that it does not grow
	 * forever.
	 */
	private static final int CLOSE_COMPACTION_MILLIS = 500;

	private final boolean persistent;

	private final boolean fsync;

	DurableH2Backend(MVStore mvStore, boolean fsync) {
		super(mvStore);
		this.persistent = mvStore.getFileStore() != null;
		this.fsync = fsync;
	}

	@Override
	public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
		if ("hello".equalsIgnoreCase(command)) {
			return hello(channel, databaseName, query);
		}
		try {
			return super.handleCommand(channel, databaseName, command, query);
		}
		finally {
			// also after a failed command: whatever part of it took effect is visible to
			// other clients now, so it must not vanish later
			persistUnsavedChanges();
		}
	}

	/**
	 * Answers {@code hello}, the handshake that replaced {@code isMaster} in MongoDB 4.4.
	 * mongo-java-server 1.47 knows only the old name, but current clients (Spring Boot's
	 * health check among them) send the new one; the answer is the same document with the
	 * new field names added.
	 */
	private Document hello(Channel channel, String databaseName, Document query) {
		Document response = super.handleCommand(channel, databaseName, "ismaster", query);
		response.put("isWritablePrimary", Boolean.TRUE);
		response.put("helloOk", Boolean.TRUE);
		return response;
	}

	private void persistUnsavedChanges() {
		if (!this.persistent) {
			return;
		}
		MVStore mvStore = getMvStore();
		if (mvStore.hasUnsavedChanges()) {
			commit();
			if (this.fsync) {
				mvStore.sync();
			}
		}
	}

	@Override
	public void close() {
		MVStore mvStore = getMvStore();
		if (this.persistent && !mvStore.isClosed()) {
			try {
				mvStore.compactFile(CLOSE_COMPACTION_MILLIS);
			}
			catch (RuntimeException ex) {
				log.warn("Compacting {} before close failed; closing it uncompacted", this, ex);
			}
		}
		super.close();
	}

}
