/**
 * Which compiler this build carries: a hash taken at build time over every source file that
 * validating and compiling a pack reads, and the versions of the packages they use
 * (bin/compiler-stamp.mjs). A compiled pack records the stamp of the compiler that made it
 * (`CompiledPack.compiler`); a stored pack with another stamp was compiled by another version and
 * is compiled again from its document (rules/recompile-pack.ts).
 */
import type { CompiledPack } from './compiled-pack';

declare const __COMPILER_STAMP__: string;

/** 16 hex digits. Every bundle that includes the compiler defines it; one that forgot fails here, at load. */
export const COMPILER_STAMP: string = __COMPILER_STAMP__;

/** Compiled by another compiler than this build's, or by a version that stamped no pack. */
export const isStale = (pack: Pick<CompiledPack, 'compiler'>): boolean => pack.compiler !== COMPILER_STAMP;
