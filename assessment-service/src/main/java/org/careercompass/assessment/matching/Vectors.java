package org.careercompass.assessment.matching;

/** Small vector helpers for correlation-based fit. */
final class Vectors {

    private Vectors() {
    }

    /**
     * Centers a profile on its mean and scales it to unit length, so the dot product of two standardized profiles is
     * their Pearson correlation. Null when absent or flat (a flat profile has no shape to correlate).
     */
    static double[] standardize(float[] raw) {
        if (raw == null) {
            return null;
        }
        double[] values = new double[raw.length];
        for (int i = 0; i < raw.length; i++) {
            values[i] = raw[i];
        }
        return standardize(values);
    }

    static double[] standardize(double[] raw) {
        if (raw == null || raw.length == 0) {
            return null;
        }
        double mean = 0;
        for (double v : raw) {
            mean += v;
        }
        mean /= raw.length;
        double norm = 0;
        double[] centered = new double[raw.length];
        for (int i = 0; i < raw.length; i++) {
            centered[i] = raw[i] - mean;
            norm += centered[i] * centered[i];
        }
        if (norm < 1e-12) {
            return null;
        }
        norm = Math.sqrt(norm);
        for (int i = 0; i < raw.length; i++) {
            centered[i] /= norm;
        }
        return centered;
    }

    static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
