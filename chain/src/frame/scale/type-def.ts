/**
 * A small declarative description of SCALE types. Pallets declare their calls, storage, events and
 * errors with these; the metadata builder turns them into a `PortableRegistry` and the codec
 * (`codec.ts`) encodes and decodes values with them, so both always agree.
 */

/** Primitive names as they appear in `Si1TypeDefPrimitive`. */
export type PrimitiveName =
  | 'Bool'
  | 'Str'
  | 'U8'
  | 'U16'
  | 'U32'
  | 'U64'
  | 'U128'
  | 'U256'
  | 'I16'
  | 'I32'
  | 'I64';

/** A field of a composite type or enum variant. `name` is `null` for tuple-like fields. */
export interface FieldDef {
  readonly name: string | null;
  readonly type: TypeDef;
  /** The Rust type name shown in metadata (e.g. `T::AccountId`); cosmetic. */
  readonly typeName?: string;
  readonly docs?: readonly string[];
}

/** One variant of an enum. */
export interface VariantDef {
  readonly name: string;
  readonly index: number;
  readonly fields: readonly FieldDef[];
  readonly docs?: readonly string[];
}

/** A generic parameter (`path` types such as `EventRecord<E, T>` need them to be recognised). */
export interface ParamDef {
  readonly name: string;
  readonly type: TypeDef | null;
}

export type TypeDef =
  | { readonly kind: 'primitive'; readonly name: PrimitiveName }
  | { readonly kind: 'compact'; readonly inner: TypeDef }
  | {
      readonly kind: 'sequence';
      readonly inner: TypeDef;
      /** A `BoundedVec`'s bound: a longer sequence fails to decode (and to encode). Metadata shows a `Vec`. */
      readonly max?: number;
    }
  | { readonly kind: 'array'; readonly len: number; readonly inner: TypeDef }
  | { readonly kind: 'tuple'; readonly items: readonly TypeDef[] }
  | {
      readonly kind: 'composite';
      readonly path: readonly string[];
      readonly params: readonly ParamDef[];
      readonly fields: readonly FieldDef[];
      readonly docs?: readonly string[];
    }
  | {
      readonly kind: 'variant';
      readonly path: readonly string[];
      readonly params: readonly ParamDef[];
      readonly variants: readonly VariantDef[];
      readonly docs?: readonly string[];
    }
  | { readonly kind: 'lazy'; readonly resolve: () => TypeDef };

const primitives = new Map<PrimitiveName, TypeDef>();

/**
 * The (memoised) primitive type of the given name.
 *
 * @example
 * const u32 = primitive('U32');
 */
export function primitive(name: PrimitiveName): TypeDef {
  let def = primitives.get(name);
  if (def === undefined) {
    def = { kind: 'primitive', name };
    primitives.set(name, def);
  }
  return def;
}

const compacts = new WeakMap<TypeDef, TypeDef>();
const sequences = new WeakMap<TypeDef, TypeDef>();

/** `Compact<inner>`. @example const c = compact(primitive('U64')); */
export function compact(inner: TypeDef): TypeDef {
  let def = compacts.get(inner);
  if (def === undefined) {
    def = { kind: 'compact', inner };
    compacts.set(inner, def);
  }
  return def;
}

/** `Vec<inner>`. @example const bytes = sequence(primitive('U8')); */
export function sequence(inner: TypeDef): TypeDef {
  let def = sequences.get(inner);
  if (def === undefined) {
    def = { kind: 'sequence', inner };
    sequences.set(inner, def);
  }
  return def;
}

/**
 * `BoundedVec<inner, ConstU32<max>>`: encodes as `Vec<inner>`, and a longer one fails to decode, as in FRAME.
 *
 * @example const commit = boundedSequence(5000, primitive('U8'));
 */
export function boundedSequence(max: number, inner: TypeDef): TypeDef {
  return { kind: 'sequence', inner, max };
}

/** `[inner; len]`. @example const h256Bytes = array(32, primitive('U8')); */
export function array(len: number, inner: TypeDef): TypeDef {
  return { kind: 'array', len, inner };
}

/** `(a, b, …)`; `tuple()` is the unit type. @example const unit = tuple(); */
export function tuple(...items: TypeDef[]): TypeDef {
  return { kind: 'tuple', items };
}

/** A field. @example field('amount', compact(primitive('U64')), 'T::Balance') */
export function field(name: string | null, type: TypeDef, typeName?: string): FieldDef {
  return typeName === undefined ? { name, type } : { name, type, typeName };
}

/** A struct (or newtype when it has one unnamed field). @example struct(['sp_core','crypto','AccountId32'], [field(null, array(32, u8))]) */
export function struct(path: string[], fields: FieldDef[], params: ParamDef[] = []): TypeDef {
  return { kind: 'composite', path, params, fields };
}

/** An enum. @example enumType(['frame_system','Phase'], [variant(0, 'ApplyExtrinsic', [field(null, u32)])]) */
export function enumType(path: string[], variants: VariantDef[], params: ParamDef[] = []): TypeDef {
  return { kind: 'variant', path, params, variants };
}

/** An enum variant. @example variant(1, 'Finalization') */
export function variant(
  index: number,
  name: string,
  fields: FieldDef[] = [],
  docs: string[] = [],
): VariantDef {
  return { name, index, fields, docs };
}

/** A type resolved on first use, for types that refer to something declared later. @example lazy(() => runtimeCall) */
export function lazy(resolve: () => TypeDef): TypeDef {
  return { kind: 'lazy', resolve };
}

/** Follows `lazy` indirections. @example const def = resolveType(lazy(() => u8)); */
export function resolveType(def: TypeDef): TypeDef {
  let current = def;
  while (current.kind === 'lazy') current = current.resolve();
  return current;
}
