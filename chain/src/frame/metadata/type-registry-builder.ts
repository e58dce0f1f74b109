import { type FieldDef, resolveType, type TypeDef } from '../scale/type-def.js';

/** A `PortableRegistry` entry in the plain-object shape `@polkadot/types` accepts. */
export interface PortableTypeJson {
  id: number;
  type: {
    path: string[];
    params: { name: string; type: number | null }[];
    def: Record<string, unknown>;
    docs: string[];
  };
}

/**
 * Assigns `PortableRegistry` ids to `TypeDef`s, deduplicating structural types and handling
 * recursive types (an id is reserved before a composite's fields are visited).
 *
 * @example
 * const b = new TypeRegistryBuilder(); const id = b.id(AccountId32); const types = b.types;
 */
export class TypeRegistryBuilder {
  readonly types: PortableTypeJson[] = [];
  private readonly byDef = new WeakMap<TypeDef, number>();
  private readonly byKey = new Map<string, number>();

  private push(
    path: readonly string[],
    params: PortableTypeJson['type']['params'],
    def: Record<string, unknown>,
    docs: readonly string[] = [],
  ): number {
    const id = this.types.length;
    this.types.push({ id, type: { path: [...path], params, def, docs: [...docs] } });
    return id;
  }

  private structural(key: string, make: () => Record<string, unknown>): number {
    const found = this.byKey.get(key);
    if (found !== undefined) return found;
    const id = this.push([], [], make());
    this.byKey.set(key, id);
    return id;
  }

  private fields(fields: readonly FieldDef[]): unknown[] {
    return fields.map((f) => ({
      name: f.name,
      type: this.id(f.type),
      typeName: f.typeName ?? null,
      docs: [...(f.docs ?? [])],
    }));
  }

  /** The registry id of `def`, adding it (and everything it refers to) on first use. */
  id(input: TypeDef): number {
    const def = resolveType(input);
    const known = this.byDef.get(def);
    if (known !== undefined) return known;
    let id: number;
    switch (def.kind) {
      case 'primitive':
        id = this.structural(`p:${def.name}`, () => ({ Primitive: def.name }));
        break;
      case 'compact': {
        const inner = this.id(def.inner);
        id = this.structural(`c:${inner}`, () => ({ Compact: { type: inner } }));
        break;
      }
      case 'sequence': {
        const inner = this.id(def.inner);
        id = this.structural(`s:${inner}`, () => ({ Sequence: { type: inner } }));
        break;
      }
      case 'array': {
        const inner = this.id(def.inner);
        id = this.structural(`a:${def.len}:${inner}`, () => ({ Array: { len: def.len, type: inner } }));
        break;
      }
      case 'tuple': {
        const items = def.items.map((t) => this.id(t));
        id = this.structural(`t:${items.join(',')}`, () => ({ Tuple: items }));
        break;
      }
      case 'composite':
      case 'variant': {
        id = this.push(def.path, [], {}, def.docs);
        this.byDef.set(def, id);
        const entry = this.types[id]!;
        entry.type.params = def.params.map((p) => ({
          name: p.name,
          type: p.type === null ? null : this.id(p.type),
        }));
        entry.type.def =
          def.kind === 'composite'
            ? { Composite: { fields: this.fields(def.fields) } }
            : {
                Variant: {
                  variants: def.variants.map((v) => ({
                    name: v.name,
                    fields: this.fields(v.fields),
                    index: v.index,
                    docs: [...(v.docs ?? [])],
                  })),
                },
              };
        return id;
      }
      case 'lazy':
        throw new Error('unreachable: lazy resolved above');
    }
    this.byDef.set(def, id);
    return id;
  }
}
