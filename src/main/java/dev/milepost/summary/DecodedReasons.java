package dev.milepost.summary;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.milepost.health.Reason;

/**
 * The stored reasons, decoded once per distinct text. Every view of the portfolio
 * dashboard reads the row of every program, and decoding their JSON was a third of the
 * page's CPU time at {@code large} (bench/RESULTS.md, 2026-12-06 profile); a row's text
 * only changes when its program does, so nearly every read finds its text here. Reasons
 * are immutable values, so one decoded list serves every reader. The texts kept are
 * bounded: when {@link #LIMIT} is reached the whole cache is dropped and refills from the
 * rows read next.
 */
final class DecodedReasons {

	/** Distinct texts kept; the rows of ten thousand programs, a few MB. */
	static final int LIMIT = 10_000;

	private final Map<String, List<Reason>> decoded = new ConcurrentHashMap<>();

	private final int limit;

	DecodedReasons() {
		this(LIMIT);
	}

	DecodedReasons(int limit) {
		this.limit = limit;
	}

	/** The reasons this text holds, as {@link ReasonCodec#read} decodes them. */
	List<Reason> of(String json) {
		List<Reason> reasons = this.decoded.get(json);
		if (reasons == null) {
			reasons = List.copyOf(ReasonCodec.read(json));
			if (this.decoded.size() >= this.limit) {
				this.decoded.clear();
			}
			this.decoded.put(json, reasons);
		}
		return reasons;
	}

	/** How many texts are kept now. */
	int size() {
		return this.decoded.size();
	}

}
