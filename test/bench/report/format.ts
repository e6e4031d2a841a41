import type { Unit } from './rows';

export function fmt(value: number | undefined, unit: Unit): string {
  if (value === undefined || Number.isNaN(value)) return '';
  if (unit === 'MB') return `${value.toFixed(0)} MB`;
  if (unit === 's') return `${value.toFixed(1)} s`;
  if (unit === '×') return `${value.toFixed(2)}×`;
  if (unit === 'count') return value.toLocaleString('en-GB');
  const digits = value < 10 ? 2 : value < 100 ? 1 : 0;
  return `${value.toFixed(digits)} ms`;
}

export function ms(value: number): string {
  return fmt(value, 'ms');
}

export function count(n: number): string {
  return n.toLocaleString('en-GB');
}
