// Building blocks of the contract's channel definitions.
import * as z from 'zod';

/** Phantom marker carrying an output type through the contract object (never read at run time). */
export const returns = <T>() => undefined as unknown as T;

export const id = z.number().int().positive();
