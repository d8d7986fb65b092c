// The machine the figures were taken on: figures mean little without it.

import os from 'node:os';

export interface MachineInfo {
  cpu: string;
  cores: number;
  memoryGb: number;
  node: string;
  platform: string;
  date: string;
}

export function machineInfo(now: Date = new Date()): MachineInfo {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGb: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    platform: `${os.type()} ${os.release()} (${os.arch()})`,
    date: now.toISOString().replace(/\.\d{3}Z$/, 'Z'),
  };
}
