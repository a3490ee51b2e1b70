package org.cxrtriage.inference.evaluation;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;

import java.io.IOException;

/**
 * A 95% confidence interval; written as [low, high]. Also read from {"low":..,"high":..}, the form the first
 * exported model.json used, so that descriptor stays readable without being rewritten.
 */
@JsonFormat(shape = JsonFormat.Shape.ARRAY)
@JsonPropertyOrder({"low", "high"})
@JsonDeserialize(using = Interval.Reader.class)
public record Interval(double low, double high) {
    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%.3f-%.3f", low, high);
    }

    static final class Reader extends StdDeserializer<Interval> {
        Reader() {
            super(Interval.class);
        }

        @Override
        public Interval deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonNode node = parser.readValueAsTree();
            if (node.isArray() && node.size() == 2) {
                return new Interval(number(node.get(0)), number(node.get(1)));
            }
            if (node.isObject() && node.has("low") && node.has("high")) {
                return new Interval(number(node.get("low")), number(node.get("high")));
            }
            return (Interval) context.handleUnexpectedToken(Interval.class, parser);
        }

        private static double number(JsonNode n) {
            // NaN bounds (one class absent) are written by Jackson as the string "NaN".
            return n.isNumber() ? n.asDouble() : Double.parseDouble(n.asText());
        }
    }
}
