export declare const ENGINE_PACKAGE: string;
export declare function nativeBuildCommands(o: {
  root: string;
  execPath: string;
  electronVersion: string;
  platform: string;
  arch: string;
  hostPlatform: string;
  nodeGyp?: string;
}): { command: string; args: string[] }[];
