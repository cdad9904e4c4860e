package dev.rubric.collect.formats.infrastructure;

import dev.rubric.collect.formats.infrastructure.InfraLexer.Token;
import dev.rubric.collect.formats.infrastructure.InfraLexer.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The blocks of an HCL (Terraform) file: {@code type "label" … { attribute = expr, block { … } }}.
 * Expressions are read by the shared {@link ExprParser}; no HCL grammar is published for the JVM
 * with source positions (hcl4j gives maps without lines).
 */
final class HclFile {
    record Block(String type, List<String> labels, Map<String, Expr> attributes, List<Block> blocks, int line) {
        Expr attribute(String name) {
            return attributes.get(name);
        }

        Block block(String name) {
            for (Block block : blocks) {
                if (block.type().equals(name)) {
                    return block;
                }
            }
            return null;
        }
    }

    final List<Block> blocks;

    private HclFile(List<Block> blocks) {
        this.blocks = blocks;
    }

    static HclFile read(String text) {
        Reader reader = new Reader(InfraLexer.tokens(text, InfraLexer.Dialect.HCL));
        return new HclFile(reader.body(true));
    }

    /** The top-level blocks of a type, e.g. every {@code resource}. */
    List<Block> all(String type) {
        return blocks.stream().filter(block -> block.type().equals(type)).toList();
    }

    private static final class Reader extends ExprParser {
        Reader(List<Token> tokens) {
            super(tokens, InfraLexer.Dialect.HCL);
        }

        /** A body's blocks; attributes of the top level are ignored (tfvars are read elsewhere). */
        List<Block> body(boolean topLevel) {
            List<Block> blocks = new ArrayList<>();
            readInto(blocks, new LinkedHashMap<>(), topLevel);
            return blocks;
        }

        private void readInto(List<Block> blocks, Map<String, Expr> attributes, boolean topLevel) {
            while (true) {
                Token token = peek();
                if (token.type() == Type.EOF) {
                    if (!topLevel) {
                        throw new SyntaxException("unclosed block", token);
                    }
                    return;
                }
                if (token.is("}") && token.type() == Type.OP) {
                    if (topLevel) {
                        throw new SyntaxException("unexpected", token);
                    }
                    take();
                    return;
                }
                if (token.type() != Type.IDENT) {
                    throw new SyntaxException("expected an attribute or a block", token);
                }
                take();
                if (accept("=")) {
                    attributes.put(token.text(), expression());
                    continue;
                }
                List<String> labels = new ArrayList<>();
                while (peek().type() == Type.STRING || peek().type() == Type.IDENT) {
                    labels.add(take().text());
                }
                expect("{");
                List<Block> nested = new ArrayList<>();
                Map<String, Expr> own = new LinkedHashMap<>();
                readInto(nested, own, false);
                blocks.add(new Block(token.text(), List.copyOf(labels), own, List.copyOf(nested), token.line()));
            }
        }
    }
}
