package org.cxrtriage.training;

import java.util.Arrays;
import java.util.Random;

/** Seeded initial values: He-normal kernels, BN gamma 1 / beta 0, moving variance 1, zero head bias. */
final class Initialiser {
    private Initialiser() {
    }

    static float[] values(TbNetwork.ParameterShape p, Random random) {
        int n = 1;
        for (long d : p.shape()) {
            n *= (int) d;
        }
        float[] v = new float[n];
        switch (p.kind()) {
            case KERNEL, DENSE -> {
                long fanIn = 1;
                for (int i = 0; i < p.shape().length - 1; i++) {
                    fanIn *= p.shape()[i];
                }
                double std = Math.sqrt(2.0 / fanIn);
                for (int i = 0; i < n; i++) {
                    v[i] = (float) (random.nextGaussian() * std);
                }
            }
            case GAMMA, MOVING_VARIANCE -> Arrays.fill(v, 1f);
            case BETA, MOVING_MEAN, BIAS -> Arrays.fill(v, 0f);
        }
        return v;
    }
}
