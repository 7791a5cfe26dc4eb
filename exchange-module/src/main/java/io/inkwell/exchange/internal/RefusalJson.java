package io.inkwell.exchange.internal;

import io.inkwell.db.Refusal;
import java.time.Instant;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A {@link Refusal} kept in the database (the reasons of an import's report, why a run stopped), so that the import
 * page says it in the site's language of the day it is read, not of the day it was written:
 * {@code {"code": "refused.import.trashed", "english": "It was in {0}…", "arguments": [...]}}. Arguments keep their
 * kind, as the bundles' patterns format them: numbers ({@code {0,number,integer}}), texts, moments
 * ({@code {"instant": "2026-03-02T14:05:00Z"}}, which the page writes as the site writes dates) and refusals inside
 * (an account's refusal inside why an author was left out).
 */
final class RefusalJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private RefusalJson() {
    }

    static String write(Refusal refusal) {
        return JSON.writeValueAsString(node(refusal));
    }

    static Refusal read(String json) {
        return refusal(JSON.readTree(json));
    }

    private static ObjectNode node(Refusal refusal) {
        ObjectNode node = JSON.createObjectNode();
        node.put("code", refusal.code());
        node.put("english", refusal.getDefaultMessage());
        ArrayNode arguments = node.putArray("arguments");
        for (Object argument : refusal.getArguments()) {
            if (argument == null) {
                arguments.addNull();
            } else if (argument instanceof Integer number) {
                arguments.add(number);
            } else if (argument instanceof Long number) {
                arguments.add(number);
            } else if (argument instanceof Instant instant) {
                arguments.add(JSON.createObjectNode().put("instant", instant.toString()));
            } else if (argument instanceof Refusal inner) {
                arguments.add(node(inner));
            } else {
                arguments.add(argument.toString());
            }
        }
        return node;
    }

    private static Refusal refusal(JsonNode node) {
        Object[] arguments = node.get("arguments").values().stream().map(RefusalJson::argument).toArray();
        return Refusal.of(node.get("code").asString(), node.get("english").asString(), arguments);
    }

    private static Object argument(JsonNode node) {
        if (node.isIntegralNumber()) {
            return node.numberValue();
        }
        if (node.isObject() && node.has("instant")) {
            return Instant.parse(node.get("instant").asString());
        }
        if (node.isObject()) {
            return refusal(node);
        }
        return node.isNull() ? null : node.asString();
    }
}
