// textlint-rule-prh ships no types; the benchmark only hands it to the textlint kernel.
declare module 'textlint-rule-prh' {
  import type { TextlintRuleModule } from '@textlint/types';
  const rule: TextlintRuleModule;
  export default rule;
}
