// The package ships no types; this is the part of its API the experiment uses (src/logreg.js of ml-logistic-regression 2.0.0).
declare module 'ml-logistic-regression' {
  import type { Matrix } from 'ml-matrix';
  export default class LogisticRegression {
    constructor(options?: { numSteps?: number; learningRate?: number });
    /** `Y`: a column of class numbers 0, 1, …; one classifier per class, one against the rest. */
    train(X: Matrix, Y: Matrix): void;
    /** The class number of each row. */
    predict(X: Matrix): number[];
  }
}
