package dev.milepost.summary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.milepost.health.Health;
import dev.milepost.health.HealthRule;
import dev.milepost.health.Reason;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Health reasons to JSON and back, keeping each argument's type (text, int, long, date,
 * nested phrase, list of names), so that a stored reason renders exactly as the evaluated
 * one in every locale and compares equal to it.
 */
final class ReasonCodec {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ReasonCodec() {
	}

	static String write(List<Reason> reasons) {
		ArrayNode array = JSON.createArrayNode();
		for (Reason reason : reasons) {
			ObjectNode node = array.addObject();
			node.put("h", reason.health().name());
			node.put("r", reason.rule().name());
			node.put("c", reason.code());
			if (reason.source() != null) {
				node.put("s", reason.source());
			}
			args(node.putArray("a"), reason.args());
		}
		return JSON.writeValueAsString(array);
	}

	static List<Reason> read(String json) {
		List<Reason> reasons = new ArrayList<>();
		for (JsonNode node : JSON.readTree(json)) {
			JsonNode source = node.get("s");
			reasons
				.add(new Reason(Health.valueOf(node.get("h").asString()), HealthRule.valueOf(node.get("r").asString()),
						node.get("c").asString(), args(node.get("a")), (source != null) ? source.asString() : null));
		}
		return reasons;
	}

	private static void args(ArrayNode array, List<Object> args) {
		for (Object arg : args) {
			ObjectNode node = array.addObject();
			if (arg instanceof String text) {
				node.put("s", text);
			}
			else if (arg instanceof Integer number) {
				node.put("i", number);
			}
			else if (arg instanceof Long number) {
				node.put("l", number);
			}
			else if (arg instanceof LocalDate date) {
				node.put("d", date.toString());
			}
			else if (arg instanceof Reason.Phrase phrase) {
				ObjectNode inner = node.putObject("p");
				inner.put("c", phrase.code());
				args(inner.putArray("a"), phrase.args());
			}
			else if (arg instanceof Reason.Names names) {
				ObjectNode inner = node.putObject("n");
				args(inner.putArray("s"), names.shown());
				inner.put("m", names.more());
			}
			else {
				throw new IllegalArgumentException(
						"A health reason argument of type " + arg.getClass().getName() + " cannot be kept");
			}
		}
	}

	private static List<Object> args(JsonNode array) {
		List<Object> args = new ArrayList<>();
		for (JsonNode node : array) {
			if (node.has("s")) {
				args.add(node.get("s").asString());
			}
			else if (node.has("i")) {
				args.add(node.get("i").asInt());
			}
			else if (node.has("l")) {
				args.add(node.get("l").asLong());
			}
			else if (node.has("d")) {
				args.add(LocalDate.parse(node.get("d").asString()));
			}
			else if (node.has("p")) {
				JsonNode phrase = node.get("p");
				args.add(new Reason.Phrase(phrase.get("c").asString(), args(phrase.get("a"))));
			}
			else {
				JsonNode names = node.get("n");
				args.add(new Reason.Names(args(names.get("s")), names.get("m").asInt()));
			}
		}
		return args;
	}

}
