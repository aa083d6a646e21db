// How a message is declared: its payload as a schema (the guard checks it, TypeScript reads its type
// from it) and its answer as a type (the background's own answer needs no check).
import * as v from 'valibot';

export interface MessageSpec<TPayload extends v.GenericSchema, TAnswer> {
  readonly payload: TPayload;
  /** Never set: carries the answer's type. */
  readonly answer?: TAnswer;
}

/** `message<Answer>()(payloadSchema)`: the answer's type is given, the payload's is inferred. */
export const message =
  <TAnswer>() =>
  <TPayload extends v.GenericSchema>(payload: TPayload): MessageSpec<TPayload, TAnswer> => ({ payload });

/** The payload of a message that takes none (the messenger sends undefined). */
export const NO_PAYLOAD = v.pipe(
  v.nullish(v.never('it takes no payload')),
  v.transform((): undefined => undefined),
);

type MessageSpecs = Record<string, MessageSpec<v.GenericSchema, unknown>>;

/** The protocol map @webext-core/messaging reads: each message as a function from payload to answer. */
export type ProtocolOf<TSpecs extends MessageSpecs> = {
  [K in keyof TSpecs]: TSpecs[K] extends MessageSpec<infer P, infer A>
    ? (data: v.InferOutput<P>) => A
    : never;
};

export type PayloadOf<TProtocol, K extends keyof TProtocol> = TProtocol[K] extends (data: infer D) => unknown
  ? D
  : never;
export type AnswerOf<TProtocol, K extends keyof TProtocol> = TProtocol[K] extends (data: never) => infer A
  ? A
  : never;

/** What the receiving side implements: an async answer for every message of the protocol. */
export type HandlersOf<TProtocol> = {
  [K in keyof TProtocol]: (data: PayloadOf<TProtocol, K>) => Promise<AnswerOf<TProtocol, K>>;
};
