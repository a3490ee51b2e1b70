package org.cxrtriage.training;

import org.cxrtriage.inference.Jitter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Draws training examples group by group ("source/label") with the configured weights, so that the sources
 * holding both labels are seen as often as chosen regardless of their size, and returns for each draw the loss
 * weight that makes TB and normal count equally in expectation. Also draws the augmentation.
 */
final class BalancedSampler {
    private final List<List<Example>> groups = new ArrayList<>();
    private final double[] cumulative;
    private final double positiveWeight;
    private final double negativeWeight;
    private final Random random;

    BalancedSampler(List<Example> train, Map<String, Double> weights, int maxPerGroup, long seed) {
        this.random = new Random(seed);
        List<Double> groupWeights = new ArrayList<>();
        double positiveMass = 0;
        double negativeMass = 0;
        for (Map.Entry<String, Double> entry : weights.entrySet()) {
            List<Example> members = new ArrayList<>(train.stream().filter(e -> e.group().equals(entry.getKey())).toList());
            if (members.isEmpty() || entry.getValue() <= 0) {
                continue;
            }
            if (maxPerGroup > 0 && members.size() > maxPerGroup) {
                members = new ArrayList<>(members.subList(0, maxPerGroup));
            }
            groups.add(members);
            groupWeights.add(entry.getValue());
            if (members.get(0).tb()) {
                positiveMass += entry.getValue();
            } else {
                negativeMass += entry.getValue();
            }
        }
        if (positiveMass == 0 || negativeMass == 0) {
            throw new IllegalArgumentException("training needs TB and normal groups, got " + weights.keySet());
        }
        double total = positiveMass + negativeMass;
        positiveWeight = 0.5 * total / positiveMass;
        negativeWeight = 0.5 * total / negativeMass;
        cumulative = new double[groups.size()];
        double sum = 0;
        for (int i = 0; i < groups.size(); i++) {
            sum += groupWeights.get(i) / total;
            cumulative[i] = sum;
        }
    }

    int groupCount() {
        return groups.size();
    }

    int exampleCount() {
        return groups.stream().mapToInt(List::size).sum();
    }

    Example next() {
        double u = random.nextDouble() * cumulative[cumulative.length - 1];
        int g = 0;
        while (g < cumulative.length - 1 && u > cumulative[g]) {
            g++;
        }
        List<Example> members = groups.get(g);
        return members.get(random.nextInt(members.size()));
    }

    float weight(Example example) {
        return (float) (example.tb() ? positiveWeight : negativeWeight);
    }

    /**
     * Zoom 0.9-1.15, rotation within +-7 degrees, shift within 6%, gamma 0.7-1.4, contrast 0.8-1.25. No flips:
     * a mirrored chest film puts the heart on the right (an anatomy we never serve) and the model should learn
     * the real left/right asymmetry of the mediastinum rather than be made invariant to it.
     */
    Jitter jitter() {
        return new Jitter(uniform(0.9, 1.15), Math.toRadians(uniform(-7, 7)), uniform(-0.06, 0.06),
                uniform(-0.06, 0.06), Math.exp(uniform(-0.35, 0.35)), uniform(0.8, 1.25));
    }

    private double uniform(double low, double high) {
        return low + (high - low) * random.nextDouble();
    }
}
