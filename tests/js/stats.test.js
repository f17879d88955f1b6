// Group summary statistics: overrides/assets/components/group-summary/stats.js
import { median, spread } from "../../overrides/assets/components/group-summary/stats.js";
import { equal } from "./assert.js";

export const tests = {
  "median of odd and even counts, and of none"() {
    equal(median([5, 1, 3]), 3);
    equal(median([4, 1, 3, 2]), 2.5);
    equal(median([]), null);
  },
  "spread is the population standard deviation"() {
    equal(spread([2, 4, 4, 4, 5, 5, 7, 9]), 2);
    equal(spread([3]), 0);
  },
};
