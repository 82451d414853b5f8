package test;

public class Base {
    String owner = "owner.near"; //-
    transient String owner = "owner.near"; //+
}
