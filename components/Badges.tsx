import { t, type MessageKey } from '@/lib/i18n';
import type { RuleSource } from '@/lib/packs/catalog';
import type { Level } from '@/lib/engine';
import styles from './Badges.module.css';

const LEVEL: Record<Level, MessageKey> = { tip: 'console_level_tip', nudge: 'console_level_nudge', warning: 'console_level_warning' };
const SOURCE: Record<RuleSource, MessageKey> = {
  builtin: 'console_source_builtin',
  team: 'console_source_team',
  subscription: 'console_source_subscription',
  managed: 'console_source_managed',
};

export function LevelBadge({ level }: { level: Level }) {
  return <span className={styles.level} data-level={level}>{t(LEVEL[level])}</span>;
}

export function SourceBadge({ source }: { source: RuleSource }) {
  return <span className={styles.source} data-source={source}>{t(SOURCE[source])}</span>;
}
