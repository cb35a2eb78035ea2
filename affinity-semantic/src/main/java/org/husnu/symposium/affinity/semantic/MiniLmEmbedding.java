package org.husnu.symposium.affinity.semantic;

import java.util.function.Supplier;

import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import org.husnu.symposium.core.affinity.AffinityLanguage;
import org.husnu.symposium.core.affinity.TextEmbedding;

/**
 * all-MiniLM-L6-v2 (sentence-transformers, 384 dimensions, unit length) as the affinity's
 * embedding signal. The model ships inside the langchain4j artifact and runs in the JVM
 * through onnxruntime; it is loaded once per JVM, on first use, and is safe to use from
 * several threads. Text longer than the model reads at once is cut into pieces whose
 * vectors are averaged (langchain4j). English only: a text that is not mostly English
 * ({@link AffinityLanguage#mostlyEnglish}) gets no vector, so a Japanese or Korean pair
 * is scored by the lexical affinity and its glossary alone.
 */
public final class MiniLmEmbedding implements TextEmbedding {

	private static final MiniLmEmbedding INSTANCE = new MiniLmEmbedding();

	private volatile AllMiniLmL6V2EmbeddingModel model;

	private MiniLmEmbedding() {
	}

	/**
	 * The embedding (the model loads on the first text).
	 * @return the shared instance
	 */
	public static MiniLmEmbedding shared() {
		return INSTANCE;
	}

	@Override
	public float[] embed(String title, String body) {
		String text = text(title, body);
		if (!AffinityLanguage.mostlyEnglish(text)) {
			return null;
		}
		return model().embed(text).content().vector();
	}

	/**
	 * The text the model reads: title, ". ", abstract.
	 * @param title the title, may be {@code null}
	 * @param body the abstract, may be {@code null}
	 * @return the text
	 */
	static String text(String title, String body) {
		String t = (title != null) ? title.strip() : "";
		String b = (body != null) ? body.strip() : "";
		if (t.isEmpty() || b.isEmpty()) {
			return t + b;
		}
		return t + ". " + b;
	}

	/**
	 * Runs the loading with this module's class loader as the thread's context class
	 * loader: langchain4j reads the model through the context class loader, which in a
	 * Spring Boot executable jar is the system class loader in pool threads (the common
	 * fork-join pool), where the model's jar is not visible. A model that cannot be
	 * loaded is an {@link IllegalStateException}, so that callers fall back to the
	 * lexical score.
	 * @param <T> what the loading gives
	 * @param loading the loading
	 * @return what it gave
	 */
	static <T> T withOwnClassLoader(Supplier<T> loading) {
		Thread thread = Thread.currentThread();
		ClassLoader previous = thread.getContextClassLoader();
		thread.setContextClassLoader(MiniLmEmbedding.class.getClassLoader());
		try {
			return loading.get();
		}
		catch (LinkageError ex) {
			throw new IllegalStateException("The MiniLM embedding model could not be loaded", ex);
		}
		finally {
			thread.setContextClassLoader(previous);
		}
	}

	private AllMiniLmL6V2EmbeddingModel model() {
		AllMiniLmL6V2EmbeddingModel loaded = this.model;
		if (loaded == null) {
			synchronized (this) {
				loaded = this.model;
				if (loaded == null) {
					// the tokenizer's library (DJL) would otherwise call an AWS telemetry
					// address
					// and the cloud metadata service: nothing leaves the machine
					System.setProperty("OPT_OUT_TRACKING", "true");
					System.setProperty("ai.djl.offline", "true");
					// runs each text in the calling thread: callers choose their
					// parallelism
					loaded = new AllMiniLmL6V2EmbeddingModel(Runnable::run);
					this.model = loaded;
				}
			}
		}
		return loaded;
	}

}
